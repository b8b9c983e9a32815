// The errors eslint-plugin-import's import/named, import/namespace and import/default would report, caught by tsc
// (the eslint gate leaves those three rules to it).
import { NO_SUCH_LABELS } from 'c/readinessLabels';
import * as labels from 'c/readinessLabels';
import readinessLabels from 'c/readinessLabels';

export const named: unknown = NO_SUCH_LABELS;
export const namespaceMember: unknown = labels.NO_SUCH_MEMBER;
export const defaultImport: unknown = readinessLabels;
