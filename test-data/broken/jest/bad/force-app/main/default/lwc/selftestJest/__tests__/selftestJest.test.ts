import { sum } from '../selftestJest';

describe('sum', () => {
    it('adds two numbers', () => {
        expect(sum(1, 2)).toBe(4);
    });
});
