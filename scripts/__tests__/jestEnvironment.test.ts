// jest.environment.js caches CSS rule matching for the length of one accessibility (axe) run. A stale cache would let
// axe judge visibility on styles the page no longer has, so any change to the document must empty it.
const { withComputedStyleCache } = globalThis as unknown as {
    withComputedStyleCache: <T>(check: () => Promise<T>) => Promise<T>;
};

afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
});

describe('the style cache of the Jest environment', () => {
    it('is switched on by the environment', () => {
        expect(typeof withComputedStyleCache).toBe('function');
    });

    it('serves the styles the document has now after a stylesheet is added during a cached run', async () => {
        document.body.innerHTML = '<p class="note">x</p>';
        const note = document.querySelector('p')!;
        await withComputedStyleCache(async () => {
            expect(getComputedStyle(note).visibility).toBe('visible');
            const style = document.createElement('style');
            style.textContent = '.note { visibility: hidden; }';
            document.head.append(style);
            expect(getComputedStyle(note).visibility).toBe('hidden');
            await Promise.resolve();
            expect(getComputedStyle(note).visibility).toBe('hidden');
        });
    });

    it('serves the styles the document has now after an element changes class during a cached run', async () => {
        document.head.innerHTML = '<style>.hidden { visibility: hidden; }</style>';
        document.body.innerHTML = '<p class="hidden">x</p>';
        const note = document.querySelector('p')!;
        await withComputedStyleCache(async () => {
            expect(getComputedStyle(note).visibility).toBe('hidden');
            note.className = '';
            expect(getComputedStyle(note).visibility).toBe('visible');
        });
        expect(getComputedStyle(note).visibility).toBe('visible');
    });
});
