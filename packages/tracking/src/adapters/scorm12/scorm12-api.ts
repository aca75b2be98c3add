import { isTrue, type ScormCalls } from '../scorm-calls.ts';

/** The SCORM 1.2 API object the LMS exposes as `window.API` (RTE 3.3.4). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

export function scorm12Calls(api: Scorm12Api): ScormCalls {
  return {
    initialize: () => isTrue(api.LMSInitialize('')),
    terminate: () => isTrue(api.LMSFinish('')),
    getValue: (element) => String(api.LMSGetValue(element) ?? ''),
    setValue: (element, value) => isTrue(api.LMSSetValue(element, value)),
    commit: () => isTrue(api.LMSCommit('')),
    lastError: () => Number(api.LMSGetLastError()) || 0,
    errorText: (code) => String(api.LMSGetErrorString(String(code)) ?? ''),
  };
}
