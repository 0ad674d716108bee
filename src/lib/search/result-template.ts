/**
 * The search page's result template for Pagefind's Component UI (`<pagefind-results>`), in the
 * adequate-little-templates syntax the UI compiles: `{{ x }}` escapes, `{{+ x +}}` does not and is
 * used only for Pagefind's excerpts, which Pagefind builds from text with `<` and `>` escaped and
 * only `<mark>` added. Shows kind, year, topic, title/name, authors or affiliation, the
 * highlighted excerpt and deep links to matching sections.
 * Based on the built-in template of Pagefind 1.6 (pagefind_ui/component/components/pagefind-results.ts).
 */
export const RESULT_TEMPLATE = `<li class="pf-result atlas-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="atlas-result-facts">
        <span class="atlas-result-kind">{{ meta.kind }}</span>
        {{#if meta.year}}<span>{{ meta.year }}</span>{{/if}}
        {{#if meta.topic}}<span>{{ meta.topic }}</span>{{/if}}
        {{#if meta.papers}}<span>{{ meta.papers }}</span>{{/if}}
      </p>
      <p class="pf-result-title">
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
      </p>
      {{#if meta.authors}}<p class="atlas-result-people">{{ meta.authors }}</p>{{/if}}
      {{#if meta.affiliation}}<p class="atlas-result-people">{{ meta.affiliation }}</p>{{/if}}
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;
