import { double } from '../selftestTypes';

describe('double', () => {
    it('doubles a number', () => {
        expect(double('2')).toBe(4);
    });
});
