// The review page's stylesheet (inline: the page fetches nothing). Made for the 1366 × 768 screen of a county
// office: the table takes the page's width and never more (table-layout: fixed over a <colgroup>), the six report
// columns get the room their content needs and the thirty status columns share the rest, so a long file name, a
// reason or a heading label wraps inside its cell instead of pushing the page sideways. The header stays in view
// while the page scrolls; its cells draw their own right and bottom borders (border-collapse: separate), as
// collapsed borders would stay behind and let the rows show through.

export const reviewPageStyle = `
@page { size: A4 landscape; margin: 10mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; margin: 16px; color: #222; overflow-wrap: anywhere; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta, .counts { color: #555; margin: 4px 0; }
.legend span { display: inline-block; padding: 2px 8px; margin-right: 8px; border: 1px solid #ccc; }
.review-table { border-collapse: separate; border-spacing: 0; border: solid #ccc; border-width: 1px 0 0 1px; table-layout: fixed; width: 100%; font-size: 12px; line-height: 1.35; }
.review-table col[data-column="file"] { width: 10em; }
.review-table col[data-column="issuer"] { width: 7.5em; }
.review-table col[data-column="reportYear"] { width: 3.4em; }
.review-table col[data-column="date"] { width: 6.4em; }
.review-table col[data-column="deadline"] { width: 3.4em; }
.review-table col[data-column="verdict"] { width: 3.4em; }
.review-table th, .review-table td { border: solid #ccc; border-width: 0 1px 1px 0; padding: 3px 2px; text-align: center; vertical-align: middle; }
.review-table thead { position: sticky; top: 0; z-index: 2; }
.review-table thead th { background: #eef1f5; font-weight: 600; }
.review-table thead th.group { text-align: left; padding-left: 6px; white-space: nowrap; overflow: hidden; }
.review-table thead th.label { vertical-align: bottom; font-size: 11px; line-height: 1.2; }
.review-table td[data-column="file"], .review-table td[data-column="issuer"] { text-align: left; padding: 3px 4px; }
.tone-good { background: #c6efce; color: #006100; }
.tone-bad { background: #ffc7ce; color: #9c0006; }
.tone-warn { background: #ffeb9c; color: #9c5700; }
.findings { margin: 0; padding-left: 20px; }
.findings li { margin: 3px 0; }
.tag { display: inline-block; min-width: 2.5em; font-size: 12px; padding: 0 4px; margin-right: 4px; border-radius: 3px; text-align: center; }
.tag-error { background: #ffc7ce; color: #9c0006; }
.tag-warning { background: #ffeb9c; color: #9c5700; }
.tag-info { background: #dde7f3; color: #234; }
.verdict-pass { color: #006100; }
.verdict-return { color: #9c0006; }
`
