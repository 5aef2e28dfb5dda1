import { providerSitemapEntries, robotsRules, staticSitemapEntries } from "./sitemap-entries";

describe("sitemap and robots output", () => {
  it("lists home, /providers and /bounties as absolute URLs", () => {
    expect(staticSitemapEntries("https://hearth.example/").map((e) => e.url)).toEqual([
      "https://hearth.example/",
      "https://hearth.example/providers",
      "https://hearth.example/bounties",
    ]);
  });

  it("lists each provider page with its last change, slug encoded", () => {
    const updatedAt = new Date("2026-11-01T10:00:00Z");
    expect(providerSitemapEntries("https://hearth.example", [{ slug: "sparkle-clean", updatedAt }, { slug: "a b", updatedAt }])).toEqual([
      { url: "https://hearth.example/providers/sparkle-clean", lastModified: updatedAt, changeFrequency: "weekly", priority: 0.6 },
      { url: "https://hearth.example/providers/a%20b", lastModified: updatedAt, changeFrequency: "weekly", priority: 0.6 },
    ]);
  });

  it("robots allows public pages, disallows the signed-in areas and the API, and names the sitemap", () => {
    expect(robotsRules("http://localhost:3000")).toEqual({
      rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/dashboard", "/admin", "/api"] }],
      sitemap: "http://localhost:3000/sitemap.xml",
    });
  });
});
