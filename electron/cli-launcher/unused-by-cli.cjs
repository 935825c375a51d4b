// Stands in, in the compiled CLI only, for packages mammoth's Node build requires but never calls the way the
// CLI uses it. mammoth is handed the parts of a .docx our own zip reader inflated (read-docx-document.ts), so
// JSZip, which opens a zip from a path or a buffer, stays unused; so does xmlbuilder, with which mammoth writes a
// style map into a document. Loading them (and pako, readable-stream, lie below JSZip) cost every .docx read a
// few milliseconds of a `check`. Anything that does reach one of them fails at once with a message naming it.
'use strict'

/** A stand-in for the package `name`. @param {string} name */
function unused(name) {
  const refuse = () => {
    throw new Error(`${name} is not part of the compiled CLI (electron/cli-launcher/unused-by-cli.cjs)`)
  }
  return new Proxy(function absent() {}, {
    apply: refuse,
    construct: refuse,
    // every property is a function that refuses when called; mammoth only reads them when it uses the package
    get: () => refuse,
  })
}

module.exports = { unused }
