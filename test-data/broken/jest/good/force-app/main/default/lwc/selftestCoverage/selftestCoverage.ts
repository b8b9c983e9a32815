export function label(count: number): string {
    return count === 1 ? '1 user' : `${count} users`;
}
