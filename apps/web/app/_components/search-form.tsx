export function SearchForm({ defaultValue = "", large = false }: { defaultValue?: string; large?: boolean }) {
  return (
    <search className={large ? "search-form large" : "search-form"}>
      <form action="/search" method="get">
        <input
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder="ابحث في المقالات والادعاءات…"
          aria-label="بحث"
          dir="auto"
          maxLength={200}
        />
        <button type="submit">بحث</button>
      </form>
    </search>
  );
}
