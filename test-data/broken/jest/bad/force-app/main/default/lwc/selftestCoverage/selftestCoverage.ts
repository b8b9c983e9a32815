export function label(count: number): string {
    return count === 1 ? '1 user' : `${count} users`;
}

export function plural(word: string): string {
    const lower = word.toLowerCase();
    if (lower.endsWith('s')) return `${word}es`;
    if (lower.endsWith('y')) return `${word.slice(0, -1)}ies`;
    return `${word}s`;
}
