/**
 * End to end in French: a user whose Teams client is in French (`locale: fr-FR` on the activity, as Teams sends
 * it; the Agents Playground's chat box always sends `en-US`, so the message goes through its "Mock an Activity"
 * endpoint with the French locale) asks a French question over the sample corpus; headless chromium reads the
 * card the Playground renders: the answer quotes the French document and every fixed text of the card comes
 * from the French catalog. Screenshots: `test-results/playground-french*.png`.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH). Run: `npm run test:e2e`.
 */
import assert from 'node:assert/strict';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { screenshot } from './browser';
import { mockActivity } from './playgroundConfig';
import { REPLY_MS, STARTUP_MS, usePlayground } from './startPlayground';

/** A question of `knowledge/sample/qa-multilingual.jsonl` (fr-03) over a French document everyone may read. */
const QUESTION = 'Quel est le code HEX du Bleu Crécerelle ?';
const FACT = /#1F5FAD/;
const fr = messagesFor('fr');
const en = messagesFor('en');

describe('npm start + Agents Playground in French (browser)', function () {
  this.timeout(STARTUP_MS + 3 * REPLY_MS);
  const playground = usePlayground({ tmpPrefix: 'e2e-fr-', playgroundConfig: true });

  /** Sends `text` as the signed-in user with the French locale; resolves with the card that answers it. */
  const askInFrench = async (text: string, answer: RegExp) => {
    await mockActivity(playground.product?.playgroundUrl ?? '', { type: 'message', text, locale: 'fr-FR' });
    const card = playground.ui.cards.filter({ hasText: answer }).last();
    await card.waitFor({ timeout: REPLY_MS });
    return card;
  };

  it('answers a French question with a French card quoting the French document', async () => {
    const card = await askInFrench(QUESTION, FACT);
    const text = await card.innerText();
    await screenshot(playground.ui.page, 'playground-french');
    assert.match(text, FACT, `the answer does not quote the colour code:\n${text}`);
    assert.match(text, /\[1\]/, `no citation marker:\n${text}`);
    // The footer is the catalog's French sentence (its fixed start), never the English one.
    const frenchFooter = fr.answer.extractedFooter.split('{')[0]?.trim() ?? '';
    const englishFooter = en.answer.extractedFooter.split('{')[0]?.trim() ?? '';
    assert.ok(
      frenchFooter.length > 3 && text.includes(frenchFooter),
      `no French footer ("${frenchFooter}"):\n${text}`,
    );
    assert.ok(!text.includes(englishFooter), `English footer shown:\n${text}`);
    assert.ok(text.includes(fr.answer.documentsYouCanAccess), `no French reader phrase:\n${text}`);
    // The message text Teams shows the citation pills in is French too.
    await playground.ui.page.getByText(fr.answer.answerFromOne).last().waitFor({ timeout: REPLY_MS });
  });

  it('declines in French when nothing readable answers', async () => {
    const card = await askInFrench(
      'Quel est le prix du café à la cantine de Lisbonne ?',
      new RegExp(fr.noAnswer.title.slice(0, 20)),
    );
    const text = await card.innerText();
    await screenshot(playground.ui.page, 'playground-french-declined');
    assert.ok(text.includes(fr.noAnswer.title), `no French decline:\n${text}`);
    assert.ok(!text.includes(en.noAnswer.title), `English decline shown:\n${text}`);
  });
});
