import { applicationById, operatingRange, reachFor } from "../../src/core";

/** Fact sheet §3: single-mode reach is given for OS2 (0.4 dB/km), with informative OS1a (1.0 dB/km) figures. */
describe("single-mode reach on OS1a", () => {
  it.each([
    ["40GBASE-LR4", 4000, 10000],
    ["100GBASE-FR1", 1000, 2000],
    ["800GBASE-DR8", 250, 500],
  ])("%s quotes the informative %i m on OS1a; the operating range stays %i m", (id, os1a, os2) => {
    const app = applicationById(id)!;
    expect(reachFor(app, "OS1a")?.value).toBe(os1a);
    expect(reachFor(app, "OS2")?.value).toBe(os2);
    expect(operatingRange(app, "OS1a")?.value).toBe(os2);
  });

  it("without an informative figure, OS1a quotes the operating range (400GBASE-DR4 500 m)", () => {
    expect(reachFor(applicationById("400GBASE-DR4")!, "OS1a")?.value).toBe(500);
  });
});
