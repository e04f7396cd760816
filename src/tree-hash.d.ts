/** SHA-256 (hex) of the paths and bytes of every file under `dir`. */
export function treeHash(dir: string): string;
