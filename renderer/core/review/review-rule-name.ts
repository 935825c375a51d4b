// The Chinese name a review output gives a finding's rule: a reader of the workbook or the web page meets
// 缺少组成部分, never the id part-missing that scripts read in --json. Content rules carry their names
// (check/rules/*.ts); a failed layout check goes by its column label, an unreadable file by 无法读取.
import { rules } from '../check/rules/index'

const contentRuleNames: ReadonlyMap<string, string> = new Map(rules.map((rule) => [rule.id, rule.name]))

/** The name of a check rule by its id; a finding of a rule no longer in the list is still named in Chinese. */
export function contentRuleName(id: string): string {
  return contentRuleNames.get(id) ?? '其他内容问题'
}
