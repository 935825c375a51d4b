// Font families by name as users' machines spell them (gbt9704-layout.md "Fonts"): 仿宋_GB2312, 仿宋,
// FangSong, 方正仿宋; 宋体 SimSun and the 小标宋 family, but not 仿宋.

export function isFangSong(name: string | null): boolean {
  if (name === null) return false
  const lower = name.toLowerCase()
  return name.includes('仿宋') || lower.includes('fangsong') || lower.includes('fzfs')
}

export function isSong(name: string | null): boolean {
  if (name === null || isFangSong(name)) return false
  const lower = name.toLowerCase()
  return name.includes('宋') || lower.includes('song') || lower.includes('simsun')
}
