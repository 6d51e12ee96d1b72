import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listSets } from '@/lib/content/catalog.server';
import { portableOf, type PortableQuestion } from './portable';
import { itemId, toQtiPackage } from './qti';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) =>
    ['simpleChoice', 'value', 'mapEntry', 'resource', 'assessmentItemRef', 'dependency'].includes(name),
});

type Node = Record<string, unknown> & { [key: string]: never | unknown };
const values = (node: unknown) => ((node as Node | undefined)?.value as string[] | undefined) ?? [];
const textOf = (node: unknown) => (typeof node === 'string' ? node : String((node as Node)['#text'] ?? ''));

/** What an item's XML says the answer is, in the portable shape's terms. */
function answerOf(item: Node): unknown {
  const body = item.itemBody as Node;
  const declaration = item.responseDeclaration as Node;
  const correct = values(declaration.correctResponse);
  const interaction = (body.choiceInteraction ?? body.orderInteraction) as Node | undefined;
  if (interaction) {
    const choices = new Map(
      (interaction.simpleChoice as Node[]).map((c) => [c.identifier as string, textOf(c)] as const),
    );
    return { cardinality: declaration.cardinality, right: correct.map((id) => choices.get(id)) };
  }
  const forms = ((declaration.mapping as Node).mapEntry as Node[]).map((e) => e.mapKey);
  return { cardinality: 'single', right: correct, forms };
}

function expected(question: PortableQuestion): unknown {
  switch (question.type) {
    case 'single':
      return { cardinality: 'single', right: [question.answer] };
    case 'multiple':
      return { cardinality: 'multiple', right: question.options.filter((o) => question.answer.includes(o)) };
    case 'truefalse':
      return { cardinality: 'single', right: [question.answer ? 'True' : 'False'] };
    case 'typed':
      return { cardinality: 'single', right: [question.answer], forms: [question.answer, ...question.accept] };
    case 'ordering':
      return { cardinality: 'ordered', right: question.answer };
  }
}

describe('QTI 2.1 content package', () => {
  it('every shipped set: a zip whose manifest names every file, well-formed XML, each item scoring our answer', () => {
    for (const set of listSets()) {
      const questions = set.questions.map(portableOf);
      const { zip } = toQtiPackage({ id: set.id, title: set.title, questions });
      const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
      for (const [name, text] of Object.entries(files))
        expect(XMLValidator.validate(text), `${set.id} ${name}`).toBe(true);
      const manifest = parser.parse(files['imsmanifest.xml']!).manifest as Node;
      const resources = (manifest.resources as Node).resource as Node[];
      expect(resources.map((r) => r.href).sort()).toEqual(
        Object.keys(files)
          .filter((f) => f !== 'imsmanifest.xml')
          .sort(),
      );
      const refs = ((parser.parse(files['tests/test.xml']!).assessmentTest as Node).testPart as Node)
        .assessmentSection as Node;
      expect((refs.assessmentItemRef as Node[]).map((r) => r.identifier)).toEqual(questions.map(itemId));
      for (const question of questions) {
        const item = parser.parse(files[`items/${question.id}.xml`]!).assessmentItem as Node;
        expect(item.identifier).toBe(itemId(question));
        expect(answerOf(item), `${set.id} ${question.id}`).toEqual(expected(question));
        expect(JSON.stringify(item.modalFeedback)).toContain(question.explanation.slice(0, 20).replace(/"/g, '\\"'));
      }
    }
  });
});
