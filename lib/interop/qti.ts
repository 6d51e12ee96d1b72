import { strToU8, zipSync } from 'fflate';
import { feedbackText, type PortableQuestion } from './portable';

/**
 * QTI 2.1, the IMS standard Canvas, Blackboard, Brightspace and others import as a zip "content
 * package": one assessmentItem file per question, an assessmentTest that lists them, and an
 * imsmanifest.xml naming every file. Scored by the item itself (right = 1, else 0; a typed answer by
 * its accepted forms, case aside), with the explanation and the evidence as feedback shown after
 * answering. Zipped with fflate.
 */

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const SCHEMA = `${NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text as XHTML paragraphs (QTI bodies are XHTML), a line break kept as <br/>. */
const paragraphs = (text: string) => text.split(/\n/).map(xml).join('<br/>');

const choiceId = (index: number) => `C${index + 1}`;

/** An item's identifier: QTI identifiers are NCNames (no leading digit). */
export const itemId = (question: Pick<PortableQuestion, 'id'>) => `Q-${question.id}`;

function declarationAndBody(question: PortableQuestion): { declaration: string; body: string; scoring: string } {
  const match = `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match><setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf><responseElse><setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse></responseCondition>`;
  const prompt = `<prompt>${paragraphs(question.prompt)}</prompt>`;
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'truefalse': {
      const options = question.type === 'truefalse' ? ['True', 'False'] : question.options;
      const right =
        question.type === 'truefalse'
          ? [question.answer ? 'True' : 'False']
          : question.type === 'single'
            ? [question.answer]
            : question.answer;
      const several = question.type === 'multiple';
      const values = options.flatMap((o, i) => (right.includes(o) ? [`<value>${choiceId(i)}</value>`] : []));
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="${several ? 'multiple' : 'single'}" baseType="identifier"><correctResponse>${values.join('')}</correctResponse></responseDeclaration>`,
        body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${question.type === 'truefalse' ? 'false' : 'true'}" maxChoices="${several ? 0 : 1}">${prompt}${options
          .map((o, i) => `<simpleChoice identifier="${choiceId(i)}">${xml(o)}</simpleChoice>`)
          .join('')}</choiceInteraction>`,
        scoring: match,
      };
    }
    case 'typed': {
      const forms = [question.answer, ...question.accept];
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse><value>${xml(question.answer)}</value></correctResponse><mapping defaultValue="0" upperBound="1">${forms
          .map((f) => `<mapEntry mapKey="${xml(f)}" mappedValue="1" caseSensitive="false"/>`)
          .join('')}</mapping></responseDeclaration>`,
        body: `<p>${paragraphs(question.prompt)}</p><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(12, question.answer.length + 4)}"/></p>`,
        scoring: `<setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue>`,
      };
    }
    case 'ordering':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${question.answer
          .map((_, i) => `<value>${choiceId(i)}</value>`)
          .join('')}</correctResponse></responseDeclaration>`,
        body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${question.answer
          .map((item, i) => `<simpleChoice identifier="${choiceId(i)}">${xml(item)}</simpleChoice>`)
          .join('')}</orderInteraction>`,
        scoring: match,
      };
  }
}

/** One question as a QTI 2.1 assessmentItem. */
export function qtiItem(question: PortableQuestion): string {
  const { declaration, body, scoring } = declarationAndBody(question);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA}" identifier="${xml(itemId(question))}" title="${xml(question.prompt.slice(0, 80))}" adaptive="false" timeDependent="false">`,
    declaration,
    '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
    `<itemBody>${body}</itemBody>`,
    `<responseProcessing>${scoring}<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">GENERAL</baseValue></setOutcomeValue></responseProcessing>`,
    `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="GENERAL" showHide="show"><p>${paragraphs(feedbackText(question))}</p></modalFeedback>`,
    '</assessmentItem>',
    '',
  ].join('\n');
}

/** A set as a QTI 2.1 content package (zip): items, a test listing them in order, and the manifest. */
export function toQtiPackage(input: { id: string; title: string; questions: PortableQuestion[] }): {
  files: Record<string, string>;
  zip: Uint8Array;
} {
  const items = input.questions.map((q) => ({ question: q, href: `items/${q.id}.xml` }));
  const test = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA}" identifier="T-${xml(input.id)}" title="${xml(input.title)}">`,
    '<testPart identifier="part-1" navigationMode="nonlinear" submissionMode="simultaneous">',
    '<assessmentSection identifier="section-1" title="Questions" visible="true">',
    ...items.map(
      ({ question, href }) => `<assessmentItemRef identifier="${xml(itemId(question))}" href="${xml(`../${href}`)}"/>`,
    ),
    '</assessmentSection>',
    '</testPart>',
    '</assessmentTest>',
    '',
  ].join('\n');
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="M-${xml(input.id)}" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">`,
    '<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '<organizations/>',
    '<resources>',
    `<resource identifier="R-test" type="imsqti_test_xmlv2p1" href="tests/test.xml"><file href="tests/test.xml"/>${items
      .map(({ question }) => `<dependency identifierref="R-${xml(itemId(question))}"/>`)
      .join('')}</resource>`,
    ...items.map(
      ({ question, href }) =>
        `<resource identifier="R-${xml(itemId(question))}" type="imsqti_item_xmlv2p1" href="${xml(href)}"><file href="${xml(href)}"/></resource>`,
    ),
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
  const files: Record<string, string> = {
    'imsmanifest.xml': manifest,
    'tests/test.xml': test,
    ...Object.fromEntries(items.map(({ question, href }) => [href, qtiItem(question)])),
  };
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), {
    level: 6,
    mtime: new Date('2024-01-01T00:00:00Z'),
  });
  return { files, zip };
}
