// What the launcher tells a user who gets browser mode instead of the desktop app: one Chinese line with
// the reason and the way to the desktop version, in the syntax of their own shell.
export type DesktopUnavailable =
  /** The download failed and no mirror is set: setting one is the fix. */
  | { readonly kind: 'download-failed'; readonly reason: string }
  /** The download from the user's own mirror failed. */
  | { readonly kind: 'mirror-failed'; readonly reason: string }
  | { readonly kind: 'failed-to-start'; readonly reason: string }
  | { readonly kind: 'no-display' }
  | { readonly kind: 'not-installed' }

/** A domestic mirror of Electron's releases, the one electron-builder's Chinese guides name. */
export const domesticMirror = 'https://npmmirror.com/mirrors/electron/'

const installer = '或安装“法治年报”安装程序'

function setMirror(platform: NodeJS.Platform): string {
  if (platform === 'win32')
    return `命令提示符中先运行 set ELECTRON_MIRROR=${domesticMirror}，PowerShell 中先运行 $env:ELECTRON_MIRROR="${domesticMirror}"`
  return `先运行 export ELECTRON_MIRROR=${domesticMirror}`
}

export function desktopUnavailableMessage(why: DesktopUnavailable, platform: NodeJS.Platform): string {
  switch (why.kind) {
    case 'download-failed':
      return `未能下载桌面版所需的 Electron 运行环境（${why.reason}），现以浏览器版打开。要用桌面版：${setMirror(platform)}，再运行 npm start；${installer}。`
    case 'mirror-failed':
      return `未能从所设镜像下载 Electron 运行环境（${why.reason}），现以浏览器版打开。要用桌面版：请检查 ELECTRON_MIRROR 的地址后再运行 npm start，${installer}。`
    case 'failed-to-start':
      return `桌面版未能启动（${why.reason}），现以浏览器版打开；要用桌面版，请安装“法治年报”安装程序。`
    case 'no-display':
      return '这台机器没有图形桌面（未设置 DISPLAY），现以浏览器版运行。'
    case 'not-installed':
      return `没有安装 Electron（npm install 时跳过了开发依赖），现以浏览器版打开；要用桌面版，请运行 npm install，${installer}。`
  }
}
