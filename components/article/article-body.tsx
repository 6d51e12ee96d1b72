import type { Article } from '@/lib/content/types';

type ArticleText = Pick<Article, 'paragraphs' | 'sentences'>;

/**
 * The article, sentence by sentence, as server HTML. Each sentence has an id (#s1, #s2, …) and a
 * number that links to it; its text is the span's last child, where the highlight island
 * (highlight-dom.ts) marks a question's evidence.
 */
export function ArticleBody({ article }: { article: ArticleText }) {
  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed sm:text-xl sm:leading-relaxed">
      {article.paragraphs.map((_, paragraphIndex) => (
        <p key={paragraphIndex}>
          {article.sentences
            .filter((sentence) => sentence.paragraph === paragraphIndex)
            .map((sentence, i) => (
              <span key={sentence.number}>
                {i > 0 ? ' ' : null}
                <span id={`s${sentence.number}`} tabIndex={-1} className="sentence group focus:outline-none">
                  {/* A visual reference ("sentence 10" in the feedback) and a link to copy for mouse users;
                      hidden from screen readers and the tab order, which would otherwise meet 17 extra links. */}
                  <a
                    href={`#s${sentence.number}`}
                    aria-hidden="true"
                    tabIndex={-1}
                    className="mr-1 align-super font-sans text-xs font-semibold text-ink-muted no-underline group-data-highlighted:text-accent hover:text-accent"
                  >
                    {sentence.number}
                  </a>
                  {sentence.text}
                </span>
              </span>
            ))}
        </p>
      ))}
    </div>
  );
}
