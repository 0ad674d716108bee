/**
 * The search page's result template for Pagefind's Component UI (`<pagefind-results>`), in the
 * adequate-little-templates syntax the UI compiles: `{{ x }}` escapes, `{{+ x +}}` does not and is
 * used only for Pagefind's excerpts, which Pagefind builds from text with `<` and `>` escaped and
 * only `<mark>` added. Shows kind, year, topic, title/name, authors or affiliation, the
 * researcher's photo when an overlay gives one, the highlighted excerpt and deep links to the
 * sections that match (a compact list: the excerpt already shows the best match).
 * Based on the built-in template of Pagefind 1.6 (pagefind_ui/component/components/pagefind-results.ts);
 * excerpts use the site's own class because Pagefind's cut them to one line.
 */
export const RESULT_TEMPLATE = `<li class="pf-result atlas-result">
  <div class="pf-result-card">
    {{#if meta.image}}<img class="pf-result-image" src="{{ meta.image | safeUrl }}" alt="{{ meta.image_alt }}" loading="lazy">{{/if}}
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
      {{#if excerpt}}<p class="atlas-result-excerpt">{{+ excerpt +}}</p>{{/if}}
      {{#if sub_results}}
      <p class="atlas-result-sections">Matches in
        {{#each sub_results as sub}}<a href="{{ sub.url | safeUrl }}">{{ sub.title }}</a> {{/each}}
      </p>
      {{/if}}
    </div>
  </div>
</li>`;
