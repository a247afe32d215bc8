// Why a record file cannot be edited in place is said in the reader's language (it was English also in an
// Indonesian run: set's change.notYaml carried the English reason).

import { describe, expect, it } from 'vitest';
import { EditError, editYaml } from '../../src/scaffold/edit.js';

describe('EditError', () => {
  it('carries a code and values, and says them in both languages', () => {
    let caught: unknown;
    try {
      editYaml('- a\n- b\n', [{ op: 'set', path: ['end'], value: '2030-01-01' }]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(EditError);
    const e = caught as EditError;
    expect(e.code).toBe('notMapping');
    expect(e.message).toBe('the file does not hold a mapping');
    expect(e.text('en')).toBe('the file does not hold a mapping');
    expect(e.text('id')).toBe('berkas tidak berisi pemetaan');
  });
});
