"""Runs the shared GB/T 9704 checker (check.py --render) on files LibreOffice has already printed.

The checker starts LibreOffice once per file to print it (about 5 s); a test that has printed its files in one run
(render-pdf.ts renderPdfs, same zh-CN profile as the checker's) hands each .docx with its PDF, and the checker's one
call to `soffice --convert-to pdf` is answered with that PDF. Every rule, pdftotext and pdfinfo included, runs as
the checker wrote it. Exits 3 if the checker did not ask for the PDF exactly once (its render step has changed).

    python3 check_rendered.py [--strict] < [{"docx": "a.docx", "pdf": "a.pdf"}, ...]

Prints a JSON array of the checker's reports, in the order given.
"""
import contextlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys

CHECKER = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                        '../../../../shared/tools/gbt9704/check.py'))


def load_checker():
    spec = importlib.util.spec_from_file_location('gbt9704_check', CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_with_pdf(checker, docx, pdf, strict):
    if not os.path.isfile(pdf):
        sys.stderr.write('no PDF of %s at %s\n' % (docx, pdf))
        sys.exit(2)
    real_run = subprocess.run
    conversions = []

    def run(cmd, *args, **kwargs):
        if '--convert-to' not in cmd:
            return real_run(cmd, *args, **kwargs)
        outdir = cmd[cmd.index('--outdir') + 1]
        source = os.path.splitext(os.path.basename(cmd[-1]))[0]
        shutil.copyfile(pdf, os.path.join(outdir, source + '.pdf'))
        conversions.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, b'', b'')

    out = io.StringIO()
    checker.subprocess.run = run
    try:
        with contextlib.redirect_stdout(out):
            status = checker.main(['check.py', docx, '--render', '--json'] + (['--strict'] if strict else []))
    finally:
        checker.subprocess.run = real_run
    if status != 0:
        sys.stderr.write('check.py failed on %s (status %s)\n' % (docx, status))
        sys.exit(2)
    if len(conversions) != 1:
        sys.stderr.write('check.py asked LibreOffice for %d PDFs of %s, not one\n' % (len(conversions), docx))
        sys.exit(3)
    return json.loads(out.getvalue())


def main(argv):
    strict = '--strict' in argv[1:]
    files = json.load(sys.stdin)
    checker = load_checker()
    reports = [check_with_pdf(checker, item['docx'], item['pdf'], strict) for item in files]
    json.dump(reports, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
