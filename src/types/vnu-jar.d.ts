/** The vnu-jar package: its export is the path of vnu.jar (as a String object). */
declare module 'vnu-jar' {
  const vnuJar: string;
  export default vnuJar;
}
