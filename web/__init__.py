"""From the web to article text: fetching pages and feeds politely, and reading a page's main text
and metadata. Data flows web -> parsers -> store: nothing here finds facts or writes the store.

    web.http      Fetcher: timeouts, a size cap, a User-Agent, redirects with a limit, retries with
                  backoff, a pause between requests to one host; FetchError says what went wrong
    web.pages     page_capture(fetched) -> Capture: the text, title, date and site of a page, PDF or
                  Word file fetched from the web
    web.feeds     read_feed(bytes, url) -> Feed: the items of an RSS or Atom feed
    web.capture   Capture: what the store keeps of a page, and how the store's parser reads it
"""
