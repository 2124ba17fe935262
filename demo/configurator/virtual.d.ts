declare module 'virtual:heat-release' {
  const release: import('./snippet.js').Release;
  export default release;
}
