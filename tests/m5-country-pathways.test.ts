// End to end: M5 (online procedures by country) built into SCORM 1.2 and 2004 packages, imported into a test LMS
// where scorm-again is the runtime. Learners in two countries see different pages and a different country question;
// the country survives a resume (suspend data), and right answers pass the module.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { visibleCourse, type CompiledCourse } from '@dlis/course/compiled';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { firstSessionSeed, nextSessionSeed, openLms, type ScormVersion } from './support/lms.ts';
import { apiErrors, startTemplateLms, type TemplateLms } from './support/template-lms.ts';
import { completePage, UI_EN } from './support/walker.ts';
import { newTally, submitAssessment, UI } from './support/course-walk.ts';

const courseDir = fileURLToPath(new URL('../courses/m5-demarches-en-ligne-par-pays/', import.meta.url));

let site: TemplateLms;
let course: CompiledCourse;

beforeAll(async () => {
  site = await startTemplateLms(courseDir);
  course = site.course;
});

afterAll(async () => {
  await site?.close();
});

type Cmi = Record<string, unknown> & {
  core?: Record<string, unknown> & { score: Record<string, string> };
  score?: Record<string, string>;
  interactions: Record<string, Record<string, unknown>>;
};

const countries = [
  { id: 'be', name: 'Belgium', question: 'pays-be-connexion-sure', portals: 'portails-be' },
  { id: 'ro', name: 'Romania', question: 'pays-ro-ghiseul', portals: 'portails-ro' },
] as const;

/** Ids of the pages and scored questions a learner of `country` sees. */
function seenBy(country: string) {
  const seen = visibleCourse(course, { country });
  return { course: seen, pages: coursePages(seen), questions: seen.assessment.questionIds };
}

describe('M5: country pathways', () => {
  test('two countries see different pages and a different country question, five questions each', () => {
    const be = seenBy('be');
    const ro = seenBy('ro');
    expect(be.pages.map((p) => p.id)).toContain('portails-be');
    expect(be.pages.map((p) => p.id)).not.toContain('portails-ro');
    expect(ro.pages.map((p) => p.id)).toContain('portails-ro');
    expect(be.questions).toHaveLength(5);
    expect(ro.questions).toHaveLength(5);
    expect(be.questions).toContain('pays-be-connexion-sure');
    expect(ro.questions).toContain('pays-ro-ghiseul');
    expect(be.questions.filter((id) => ro.questions.includes(id))).toHaveLength(4);
    expect([be.course.assessment.maxPoints, ro.course.assessment.maxPoints]).toEqual([5, 5]);
  });

  describe.each(['scorm12', 'scorm2004'] as const)('%s in scorm-again', (version: ScormVersion) => {
    test.each(countries)(
      'a learner in $name chooses the country, leaves, resumes with it kept, and passes',
      async (country) => {
        const { course: seen, pages } = seenBy(country.id);
        const launchUrl = site.launchUrl(version);
        const tally = newTally();
        const first = await openLms(site.browser, site.lmsUrl, {
          version,
          launchUrl,
          seed: firstSessionSeed(version, site.manifests[version]),
        });
        const frame1 = first.frame();
        await expectPageTitle(frame1, pages[0]!.title.en!);
        await frame1.getByRole('radio', { name: country.name, exact: true }).click();
        await expect.poll(() => frame1.getByText(`Choice saved: ${country.name}.`).count()).toBe(1);
        // The first pages, up to the country's portals page.
        const portals = pages.findIndex((p) => p.id === country.portals);
        for (let i = 0; i <= portals; i++) {
          await expectPageTitle(frame1, pages[i]!.title.en!);
          if (i > 0) await completePage(frame1, pages[i]!, 'en', UI_EN, tally);
          await frame1.getByRole('button', { name: UI.next, exact: true }).click();
        }
        await expectPageTitle(frame1, pages[portals + 1]!.title.en!);
        await first.page.evaluate(() => {
          (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
        });
        const finishName = version === 'scorm12' ? 'LMSFinish' : 'Terminate';
        await expect.poll(async () => (await first.calls()).some((c) => c.method === finishName)).toBe(true);
        const cmi1 = (await first.cmi()).cmi as Cmi;
        expect(apiErrors(await first.calls())).toEqual([]);
        await first.close();
        // The choice is an interaction with the country as the response.
        const choice = Object.values(cmi1.interactions).find((i) => String(i.id).includes('choix-pays'));
        expect(choice).toBeDefined();
        expect(String(choice![version === 'scorm12' ? 'student_response' : 'learner_response'])).toBe(
          country.id,
        );

        // Session 2: back on the same page, the country kept: its pages and its question only.
        const second = await openLms(site.browser, site.lmsUrl, {
          version,
          launchUrl,
          seed: nextSessionSeed(version, cmi1),
        });
        const frame2 = second.frame();
        for (let i = portals + 1; i < pages.length; i++) {
          await expectPageTitle(frame2, pages[i]!.title.en!);
          await completePage(frame2, pages[i]!, 'en', UI_EN, tally);
          await frame2.getByRole('button', { name: UI.next, exact: true }).click();
        }
        expect(tally.answered).toContain(country.question);
        const { passed, percent } = await submitAssessment(frame2, seen, tally);
        expect([passed, percent]).toEqual([true, 100]);
        await frame2.getByRole('button', { name: UI.exit }).click();
        await expect.poll(async () => (await second.calls()).some((c) => c.method === finishName)).toBe(true);
        const cmi2 = (await second.cmi()).cmi as Cmi;
        expect(apiErrors(await second.calls())).toEqual([]);
        await second.close();
        if (version === 'scorm12') {
          expect(cmi2.core!.lesson_status).toBe('passed');
          expect(cmi2.core!.score).toMatchObject({ raw: '100', min: '0', max: '100' });
          expect(String(cmi2.suspend_data).length).toBeLessThanOrEqual(4096);
        } else {
          expect([cmi2.completion_status, cmi2.success_status]).toEqual(['completed', 'passed']);
          expect(cmi2.score).toMatchObject({ raw: '100', min: '0', max: '100', scaled: '1' }); // a percentage, as Moodle grades from raw
        }
      },
    );
  });
});
