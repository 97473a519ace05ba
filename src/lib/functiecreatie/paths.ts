/** The addresses of functiecreatie and its quick-scan. */
export const EXPLAINER_PATH = '/functiecreatie/';
export const SCAN_PATH = '/functiecreatie/scan/';
export const SCAN_RESULT_PATH = '/functiecreatie/uitkomst/';
export const ANALYSIS_PATH = '/functiecreatie/analyse-aanvragen/';
export const ANALYSIS_SENT_PATH = '/functiecreatie/aangevraagd/';
