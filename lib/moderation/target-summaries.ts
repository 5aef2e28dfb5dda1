import type { Db } from "../core/db";
import type { ReportKind } from "./schemas";

/** What the queue shows of a reported thing: admins see hidden content in full, to judge it. */
export interface TargetSummary {
  title: string;
  excerpt: string;
  authorName: string;
  /** Where the content lives; null for messages (conversations are their participants' alone). */
  link: string | null;
  hidden: boolean;
  /** Gone since it was reported (deleted): the reports can still be dismissed. */
  missing: boolean;
}

const clip = (text: string, max = 280) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const gone: TargetSummary = { title: "(deleted)", excerpt: "", authorName: "", link: null, hidden: false, missing: true };

/** Summaries keyed `<kind>:<targetId>`, one query per kind present. */
export async function loadTargetSummaries(client: Db, targets: { kind: ReportKind; targetId: string }[]): Promise<Map<string, TargetSummary>> {
  const ids = (kind: ReportKind) => targets.filter((t) => t.kind === kind).map((t) => t.targetId);
  const out = new Map<string, TargetSummary>();
  const [reviews, messages, bounties, profiles] = await Promise.all([
    ids("REVIEW").length
      ? client.review.findMany({
          where: { id: { in: ids("REVIEW") } },
          select: { id: true, rating: true, text: true, hiddenAt: true, author: { select: { name: true } }, subject: { select: { name: true, providerProfile: { select: { slug: true, businessName: true } } } } },
        })
      : [],
    ids("MESSAGE").length
      ? client.message.findMany({ where: { id: { in: ids("MESSAGE") } }, select: { id: true, body: true, hiddenAt: true, sender: { select: { name: true } }, _count: { select: { attachments: true } } } })
      : [],
    ids("BOUNTY").length ? client.bounty.findMany({ where: { id: { in: ids("BOUNTY") } }, select: { id: true, title: true, description: true, hiddenAt: true, poster: { select: { name: true } } } }) : [],
    ids("PROVIDER_PROFILE").length
      ? client.providerProfile.findMany({ where: { id: { in: ids("PROVIDER_PROFILE") } }, select: { id: true, slug: true, businessName: true, headline: true, bio: true, hiddenAt: true, user: { select: { name: true } } } })
      : [],
  ]);
  for (const r of reviews) {
    const subject = r.subject.providerProfile?.businessName ?? r.subject.name;
    out.set(`REVIEW:${r.id}`, {
      title: `${r.rating}★ review of ${subject}`,
      excerpt: clip(r.text),
      authorName: r.author.name,
      link: r.subject.providerProfile ? `/providers/${r.subject.providerProfile.slug}#reviews` : null,
      hidden: r.hiddenAt !== null,
      missing: false,
    });
  }
  for (const m of messages) {
    const files = m._count.attachments ? ` (+${m._count.attachments} attachment${m._count.attachments === 1 ? "" : "s"})` : "";
    out.set(`MESSAGE:${m.id}`, { title: "Message", excerpt: clip(m.body) + files, authorName: m.sender.name, link: null, hidden: m.hiddenAt !== null, missing: false });
  }
  for (const b of bounties) {
    out.set(`BOUNTY:${b.id}`, { title: b.title, excerpt: clip(b.description), authorName: b.poster.name, link: `/bounties/${b.id}`, hidden: b.hiddenAt !== null, missing: false });
  }
  for (const p of profiles) {
    out.set(`PROVIDER_PROFILE:${p.id}`, {
      title: p.businessName,
      excerpt: clip(`${p.headline} — ${p.bio}`),
      authorName: p.user.name,
      link: `/providers/${p.slug}`,
      hidden: p.hiddenAt !== null,
      missing: false,
    });
  }
  for (const t of targets) if (!out.has(`${t.kind}:${t.targetId}`)) out.set(`${t.kind}:${t.targetId}`, gone);
  return out;
}
