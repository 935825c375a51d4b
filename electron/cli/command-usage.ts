// Each command's line of usage, shown by `npm run cli` without arguments and by the command itself on bad
// arguments. Kept apart from the commands so that the usage list needs none of them loaded.
export const commandUsage = {
  check: 'check 文件 [--json] [--template 模板编号或路径]   检查报告是否完整',
  export: 'export 文件 -o 输出.docx [--public] [--set 字段=值 ...]   导出符合 GB/T 9704 的公文格式 Word 文档',
  rollover: 'rollover 去年的报告 -o 输出.fznb|输出.docx --year 年份   从去年的报告生成今年的初稿',
  review: 'review 文件夹 [-o 汇总.xlsx|汇总.html] [--json] [--template 模板编号]   批量审阅文件夹中的报告',
} as const
