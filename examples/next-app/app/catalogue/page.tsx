import { ModelCatalogue } from 'react-openrouter-models';

// The catalogue keeps its filters, sort and search in the page's URL by itself (no router code):
// a link, a reload, Back and Forward all show the same models. `serverSearch`: the server renders
// the request's filters, so the browser's first render asks for them alone.
export default async function CataloguePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return (
    <main>
      <ModelCatalogue serverSearch={await searchParams} />
    </main>
  );
}
