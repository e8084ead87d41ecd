use yew::prelude::*;

#[component]
pub fn App() -> Html {
    html! {
        <div class="app" data-testid="app">
            <header class="topbar"><h1 class="brand">{ "Airlock" }</h1></header>
            <main class="workspace">
                <aside class="palette" data-testid="palette" aria-label="Palette"></aside>
                <section class="canvas" data-testid="canvas" aria-label="Canvas"></section>
                <aside class="findings" data-testid="findings" aria-label="Findings">
                    <h2>{ "Findings" }</h2>
                </aside>
            </main>
        </div>
    }
}
