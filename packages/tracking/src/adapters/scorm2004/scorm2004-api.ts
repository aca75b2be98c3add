import { isTrue, type ScormCalls } from '../scorm-calls.ts';

/** The SCORM 2004 API object the LMS exposes as `window.API_1484_11` (RTE 3.1). */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

export function scorm2004Calls(api: Scorm2004Api): ScormCalls {
  return {
    initialize: () => isTrue(api.Initialize('')),
    terminate: () => isTrue(api.Terminate('')),
    getValue: (element) => String(api.GetValue(element) ?? ''),
    setValue: (element, value) => isTrue(api.SetValue(element, value)),
    commit: () => isTrue(api.Commit('')),
    lastError: () => Number(api.GetLastError()) || 0,
    errorText: (code) => String(api.GetErrorString(String(code)) ?? ''),
  };
}
