import { createElement } from 'lwc';
import JetstreamReadiness from '../jetstreamReadiness';
import getSnapshot from '@salesforce/apex/ReadinessController.getSnapshot';

jest.mock('@salesforce/apex/ReadinessController.getSnapshot', () => ({ default: jest.fn() }), { virtual: true });

const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('c-jetstream-readiness', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows the org name once the snapshot is read', async () => {
        (getSnapshot as unknown as jest.Mock).mockResolvedValue(JSON.stringify({ schemaVersion: 1, org: { data: { name: 'Acme' } } }));
        const element = createElement('c-jetstream-readiness', { is: JetstreamReadiness });
        document.body.appendChild(element);
        await flushPromises();
        expect(element.shadowRoot?.querySelector('.org-name')?.textContent).toBe('Acme');
        await expect(element).toBeAccessible();
    });

    it('says why when the snapshot has an unknown schema version', async () => {
        (getSnapshot as unknown as jest.Mock).mockResolvedValue(JSON.stringify({ schemaVersion: 99 }));
        const element = createElement('c-jetstream-readiness', { is: JetstreamReadiness });
        document.body.appendChild(element);
        await flushPromises();
        expect(element.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain('schema version 99');
    });
});
