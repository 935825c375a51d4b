// Loaded with `node --require` in front of electronegativity: the tool fetches translations over HTTP
// at start-up (locales/i18n.js, through `got`). Tests never touch the network, so `got` is replaced by a
// function that refuses at once; the tool then falls back to its bundled English texts.
const Module = require('node:module')

const load = Module._load
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') {
    const refuse = () => Promise.reject(new Error('offline: no network in tests'))
    return Object.assign(refuse, { default: refuse })
  }
  return load.call(this, request, ...rest)
}
