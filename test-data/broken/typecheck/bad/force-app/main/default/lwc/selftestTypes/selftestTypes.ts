export function double(value: number): number {
    return String(value * 2);
}
