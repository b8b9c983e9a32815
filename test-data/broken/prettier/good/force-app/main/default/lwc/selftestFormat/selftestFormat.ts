export function one(): number {
    return 1;
}
