import { defineRule } from "./rule";

/*
 * Schedule integrity (TIA-606 administration): checked across rows by src/core/integrity.ts
 * once every row is read, so these rules have metadata and no row or pair check of their own.
 */

export const duplicateCableId = defineRule({
  id: "duplicate-cable-id",
  severity: "error",
  title: "Every cable has its own identifier",
  sources: ["tia-606"],
  acrossRows: true,
});

export const portReuse = defineRule({
  id: "port-reuse",
  severity: "error",
  title: "An equipment port carries one cable",
  sources: ["tia-606"],
  acrossRows: true,
});

export const adapterOverfull = defineRule({
  id: "adapter-overfull",
  severity: "error",
  title: "An adapter port joins two cable ends",
  sources: ["tia-606"],
  acrossRows: true,
});
