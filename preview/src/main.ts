// The preview page: the scenario picker (page chrome, outside the tab) and the real c-jsr-readiness-tab tab.
// Synthetic shadow comes first, as in Lightning Experience, so the global SLDS stylesheet styles the inside
// of the components the way it does in an org.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import JsrReadinessTab from 'c/jsrReadinessTab';
import { selectScenario } from './apexRuntime';
import type { PreviewManifest, PreviewScenario } from './previewScenario';

const SCENARIO_PARAM = 'scenario';

function element<T extends HTMLElement>(selector: string): T {
    const found = document.querySelector<T>(selector);
    if (!found) throw new Error(`preview page: ${selector} is missing from index.html`);
    return found;
}

function showPreviewProblem(message: string): void {
    const problem = element<HTMLElement>('#preview-problem');
    problem.textContent = message;
    problem.hidden = false;
    document.body.dataset.previewState = 'problem';
}

function fillPicker(manifest: PreviewManifest, selected: PreviewScenario | undefined): void {
    const picker = element<HTMLSelectElement>('#scenario-picker');
    for (const scenario of manifest.scenarios) {
        const option = document.createElement('option');
        option.value = scenario.id;
        option.textContent = scenario.generated ? `${scenario.title} (generated)` : scenario.title;
        option.selected = scenario.id === selected?.id;
        picker.append(option);
    }
    picker.addEventListener('change', () => {
        const url = new URL(window.location.href);
        url.searchParams.set(SCENARIO_PARAM, picker.value);
        window.location.assign(url.toString());
    });
}

async function start(): Promise<void> {
    const response = await fetch('/scenarios.json');
    if (!response.ok) throw new Error(`scenarios.json answered HTTP ${response.status}; run npm start again to rebuild`);
    const manifest = (await response.json()) as PreviewManifest;
    const requested = new URLSearchParams(window.location.search).get(SCENARIO_PARAM);
    const scenario = requested ? manifest.scenarios.find((candidate) => candidate.id === requested) : manifest.scenarios[0];
    fillPicker(manifest, scenario);
    if (!scenario) {
        const known = manifest.scenarios.map((candidate) => candidate.id).join(', ');
        showPreviewProblem(requested ? `Unknown scenario "${requested}". Known scenarios: ${known}.` : 'No scenarios were built.');
        return;
    }
    element<HTMLElement>('#scenario-description').textContent = scenario.description;
    document.title = `${scenario.title} · Jetstream Readiness preview`;
    document.body.dataset.scenario = scenario.id;
    selectScenario(scenario);
    const tab = createElement('c-jsr-readiness-tab', { is: JsrReadinessTab });
    element<HTMLElement>('#tab-host').append(tab);
    document.body.dataset.previewState = 'mounted';
}

start().catch((error: unknown) =>
    showPreviewProblem(`The preview could not start: ${error instanceof Error ? error.message : String(error)}`)
);
