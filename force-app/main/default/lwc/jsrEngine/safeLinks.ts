// Which URLs an export or the command line may print as a link. Org-derived links (Setup pages, the manual install link)
// are built from the snapshot's My Domain or Lightning URL, which a file given to the CLI can set to anything
// (`javascript:`, a look-alike domain): they are printed only as https URLs on Salesforce's own domains. Documentation
// links are the engine's own constants; they are printed only as https URLs on Salesforce's or the cited sites' hosts.
// Anything else is shown as plain text, never as a link.
import type { Link } from './report';

/**
 * Salesforce's domain families, matched on whole labels ("acme.my.salesforce.com" and "salesforce.com" match
 * "salesforce.com"; "evilsalesforce.com" does not).
 * - Commercial: My Domain login "MyDomainName.my.salesforce.com" (partitioned: ".develop.", ".sandbox.", ".scratch." …
 *   before "my.salesforce.com"), Lightning "MyDomainName.lightning.force.com", Visualforce and legacy sites on
 *   "force.com", Setup "MyDomainName.my.salesforce-setup.com", Experience Cloud "MyDomainName.my.site.com", Salesforce
 *   Sites "MyDomainName.my.salesforce-sites.com", and the legacy My Domain suffix "cloudforce.com". Salesforce Help,
 *   "My Domain URL Formats" (https://help.salesforce.com/s/articleView?id=products.domain_name_app_url_changes.htm&type=5)
 *   and "What Determines Your URL Formats"
 *   (https://help.salesforce.com/s/articleView?id=sf.domain_name_url_formats_what_determines.htm&type=5); Apex
 *   DomainCreator (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_DomainCreator.htm).
 * - Government Cloud Plus – Defense: "MyDomainName.my.salesforce.mil", Lightning "MyDomainName.lightning.crmforce.mil".
 * - Salesforce on Alibaba Cloud (China): "MyDomainName.my.sfcrmproducts.cn", Lightning "MyDomainName.lightning.sfcrmapps.cn".
 *   The last two families are the ones Salesforce's own CLI accepts as Salesforce domains (forcedotcom/sfdx-core,
 *   src/util/sfdcUrl.ts, isSalesforceDomain, citing Salesforce Help 000003652); no org of those clouds was seen here.
 */
export const SALESFORCE_DOMAINS: readonly string[] = [
    'salesforce.com',
    'force.com',
    'salesforce-setup.com',
    'my.site.com',
    'my.salesforce-sites.com',
    'cloudforce.com',
    'salesforce.mil',
    'crmforce.mil',
    'sfcrmproducts.cn',
    'sfcrmapps.cn'
];

/** Hosts of the documentation the engine cites besides Salesforce's own (rule sources, decoder references); a test
 * fails when a cited URL is on a host missing here. */
export const DOCUMENTATION_HOSTS: readonly string[] = [
    'docs.getjetstream.app',
    'github.com',
    'docs.movedata.io',
    'help.cloudanswers.com',
    'roadmap.apsona.com'
];

/** An https URL as printed: printable ASCII with nothing that ends a link in Markdown or a terminal. */
const PRINTABLE_HTTPS = /^https:\/\/[A-Za-z0-9.-]+(?:[/?#][\x21-\x7e]*)?$/;
const UNSAFE_IN_URL = /[<>"'`\\{}|^]/;

function hostOf(url: string): string | null {
    if (!PRINTABLE_HTTPS.test(url) || UNSAFE_IN_URL.test(url)) return null;
    // The text before the first "/", "?" or "#" after the scheme is the whole authority: no user, password or port.
    const host = url.slice('https://'.length).split(/[/?#]/, 1)[0]?.toLowerCase() ?? '';
    if (host.startsWith('.') || host.endsWith('.') || host.includes('..') || !host.includes('.')) return null;
    return host;
}

function onDomain(host: string, domains: readonly string[]): boolean {
    return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** True for an https URL on one of Salesforce's domain families (no credentials, no port, printable ASCII only). */
export function isSalesforceUrl(url: string): boolean {
    const host = hostOf(url);
    return host !== null && onDomain(host, SALESFORCE_DOMAINS);
}

/** True for an https URL on Salesforce's domains or on a cited documentation host. */
export function isDocumentationUrl(url: string): boolean {
    const host = hostOf(url);
    return host !== null && (onDomain(host, SALESFORCE_DOMAINS) || DOCUMENTATION_HOSTS.includes(host));
}

/** Org-relative links ("/lightning/setup/...") become absolute when a base URL is known. */
export function absoluteUrl(url: string, baseUrl: string | null): string {
    if (!url.startsWith('/') || url.startsWith('//') || !baseUrl) return url;
    return `${baseUrl.replace(/\/+$/, '')}${url}`;
}

/**
 * The URL to print for a link, or null when it must be shown as plain text: Setup and install links must end up on a
 * Salesforce domain (an org-relative Setup path needs a Salesforce base URL), documentation links on Salesforce or a
 * cited documentation host.
 */
export function printableLinkUrl(link: Pick<Link, 'url' | 'kind'>, baseUrl: string | null): string | null {
    if (link.kind === 'doc') return isDocumentationUrl(link.url) ? link.url : null;
    const url = absoluteUrl(link.url, baseUrl !== null && isSalesforceUrl(baseUrl) ? baseUrl : null);
    return isSalesforceUrl(url) ? url : null;
}

/** Why a link is shown as text, for the reader: where to find the page instead. */
export function unlinkedNote(link: Pick<Link, 'url' | 'kind'>): string {
    if (link.kind === 'setup' && link.url.startsWith('/') && !link.url.startsWith('//')) return `in your org at ${link.url}`;
    if (link.kind === 'install') return 'no link: the My Domain in the snapshot is not a Salesforce https address';
    return 'no link: not a Salesforce or documentation https address';
}
