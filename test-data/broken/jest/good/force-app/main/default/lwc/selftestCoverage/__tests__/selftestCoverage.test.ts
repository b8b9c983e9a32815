import { label } from '../selftestCoverage';

describe('label', () => {
    it('counts one user and many users', () => {
        expect(label(1)).toBe('1 user');
        expect(label(3)).toBe('3 users');
    });
});
