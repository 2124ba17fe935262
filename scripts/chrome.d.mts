export function chromePath(): string | undefined;
export function chromeArgs(): string[];
