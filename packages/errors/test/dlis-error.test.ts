import { describe, expect, it } from 'vitest';
import { DlisError, formatLocation } from '@dlis/errors';

class SampleError extends DlisError<'SAMPLE_E_ONE'> {}

describe('DlisError', () => {
  it('keeps code, message, location, hint and cause, named after its class', () => {
    const cause = new Error('disk full');
    const error = new SampleError('SAMPLE_E_ONE', 'Could not write.', {
      location: { file: 'course.yaml', line: 3, col: 5 },
      hint: 'Free some space.',
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SampleError');
    expect(error.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'SAMPLE_E_ONE',
      message: 'Could not write.',
      location: { file: 'course.yaml', line: 3, col: 5 },
      hint: 'Free some space.',
    });
  });

  it('leaves out of toJSON what it does not have', () => {
    expect(new SampleError('SAMPLE_E_ONE', 'Wrong.').toJSON()).toEqual({
      code: 'SAMPLE_E_ONE',
      message: 'Wrong.',
    });
  });

  it('formats a location as editors open it', () => {
    expect(formatLocation({ file: 'a.md', line: 2, col: 7 })).toBe('a.md:2:7');
    expect(formatLocation({ file: 'a.md', line: 2 })).toBe('a.md:2');
    expect(formatLocation({ file: 'a.md' })).toBe('a.md');
  });
});
