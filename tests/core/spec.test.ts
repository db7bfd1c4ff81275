import { RULES, parseProjectSpec } from "../../src/core";

describe("parseProjectSpec", () => {
  it("accepts severities for the rules there are", () => {
    const r = parseProjectSpec({ severity: { reach: "off", "mpo-gender": "warning" } });
    expect(r).toEqual({ ok: true, spec: { severity: { reach: "off", "mpo-gender": "warning" } } });
  });

  it("rejects a rule id no rule has (it would switch nothing off), listing the ids there are", () => {
    const r = parseProjectSpec({ severity: { "no-such-rule": "off", reach: "off", "mpo-gendr": "info" } });
    expect(r.ok).toBe(false);
    const message = r.ok ? "" : r.message;
    expect(message).toMatch(/^severity: unknown rule ids "no-such-rule", "mpo-gendr"; rule ids are /);
    for (const rule of RULES) expect(message).toContain(rule.id);
  });
});
