/** A GET form to /search; with a story, the search stays within that story. */
export function SearchForm({
  defaultValue = "",
  large = false,
  story,
}: {
  defaultValue?: string;
  large?: boolean;
  story?: { id: string; title: string } | undefined;
}) {
  const placeholder = story ? "ابحث في هذه القصة…" : "ابحث في المقالات والادعاءات…";
  return (
    <search className={large ? "search-form large" : "search-form"}>
      <form action="/search" method="get">
        {story && <input type="hidden" name="story" value={story.id} />}
        <input
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={placeholder}
          aria-label={story ? `بحث في ${story.title}` : "بحث"}
          dir="auto"
          maxLength={200}
        />
        <button type="submit">بحث</button>
      </form>
    </search>
  );
}
