/// <reference types="mocha" />
// mocha's browser build is a UMD file: bundled as CommonJS, its export is the ready instance
// that `mocha.setup` and `mocha.run` are called on (the global `mocha` of a page).
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}
