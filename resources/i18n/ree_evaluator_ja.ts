<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/chart_panel.py" line="33"/>
        <source>Monte Carlo</source>
        <translation>モンテカルロ</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="34"/>
        <source>Rank acceptability under uncertain weights and costs (run on request).</source>
        <translation>重みとコストの不確実性を考慮した順位受容度です (必要なときに実行します)。</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="38"/>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="39"/>
        <source>The set of projects covering the critical elements best within a budget.</source>
        <translation>予算内で重要元素を最もよくカバーするプロジェクトの組み合わせです。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/charts.py" line="86"/>
        <source>{title} chart</source>
        <translation>{title}グラフ</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="92"/>
        <source>Save chart…</source>
        <translation>グラフを保存…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="93"/>
        <source>Save this chart as PNG or SVG.</source>
        <translation>このグラフを PNG または SVG 形式で保存します。</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="164"/>
        <source>Save chart as PNG or SVG…</source>
        <extracomment>How many of the draws were in-place updates.</extracomment>
        <translation>グラフを PNG/SVG で保存…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="172"/>
        <source>Save {title} chart</source>
        <translation>{title}グラフの保存</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="174"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 画像 (*.svg)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="72"/>
        <location filename="../../ui/robustness.py" line="261"/>
        <source>Rank acceptability</source>
        <extracomment>Lines of text besides the rows: a two-line title, tick and axis labels, legend title and one or two rows. The ranks below those shown, together: light grey, apart from every colour of the sequence. The darkest to the lightest share of cividis the shown ranks use (its lightest end is kept for nothing). A segment gets its percentage printed inside when it is at least this many font heights wide.</extracomment>
        <translation>順位受容度</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="81"/>
        <source>Share of Monte Carlo samples (%)</source>
        <translation>モンテカルロ・サンプルに占める割合 (%)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="84"/>
        <source>Rank acceptability of {projects}, in deterministic rank order — {sampling}</source>
        <translation>{projects}の順位受容度 (基準順位の順) — {sampling}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="86"/>
        <source>Share of samples at rank</source>
        <translation>順位別のサンプル割合</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="99"/>
        <location filename="../../ui/robustness.py" line="269"/>
        <source>Rank intervals</source>
        <translation>順位区間</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="119"/>
        <source>5–95 % of samples</source>
        <translation>サンプルの 5～95% 範囲</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="132"/>
        <source>Mean rank</source>
        <translation>平均順位</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="145"/>
        <source>Rank with the weights and base costs</source>
        <translation>現在の重みと基準コストでの順位</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="150"/>
        <source>Rank intervals of {projects}, in deterministic rank order — {sampling}</source>
        <translation>{projects}の順位区間 (基準順位の順) — {sampling}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="160"/>
        <source>weights Dirichlet α = {alpha}</source>
        <translation>重みは Dirichlet α = {alpha}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="164"/>
        <source>capex and opex triangular for {projects}</source>
        <translation>設備投資額・操業費は三角分布 ({projects})</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="167"/>
        <source>triangular capex for {capex} and opex for {opex} projects</source>
        <translation>設備投資額 ({capex} 件)・操業費 ({opex} 件) は三角分布</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="170"/>
        <source>triangular capex for {capex} projects</source>
        <translation>設備投資額 ({capex} 件) は三角分布</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="172"/>
        <source>triangular opex for {opex} projects</source>
        <translation>操業費 ({opex} 件) は三角分布</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="173"/>
        <source>nothing varied</source>
        <translation>変動要素なし</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="174"/>
        <source>{samples} samples (seed {seed}): {varied}</source>
        <translation>{samples} サンプル (シード {seed}): {varied}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="182"/>
        <source>No project to show: nothing is ranked, so nothing was sampled.</source>
        <translation>表示するプロジェクトがありません。順位付けされたプロジェクトがないため、サンプリングは行われていません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="186"/>
        <source>No Monte Carlo sample was drawn.</source>
        <translation>モンテカルロ・サンプルは生成されていません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="222"/>
        <source>{first}–{last}</source>
        <translation>{first}～{last}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="295"/>
        <source>Rank (1 = best)</source>
        <translation>順位 (1 = 最良)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="39"/>
        <source>weighted sum (WSM)</source>
        <extracomment>Project names longer than this are cut with &quot;…&quot; so labels do not push the plot aside. Shortest a name is cut to on a narrow figure: still enough to recognise a project.</extracomment>
        <translation>加重和 (WSM)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="40"/>
        <source>TOPSIS closeness</source>
        <translation>TOPSIS 近接度</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="178"/>
        <source>all {n} projects</source>
        <extracomment>Japanese fonts, by family name, then by file-name pattern (for fonts installed after matplotlib built its cache).</extracomment>
        <translation>全 {n} 件</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="180"/>
        <source>the top {n} of {total}</source>
        <translation>全 {total} 件中の上位 {n} 件</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="182"/>
        <source>top {n} of {total}</source>
        <translation>上位 {n} 件 / 全 {total} 件</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="184"/>
        <source>{shown} (enlarge to see {wanted})</source>
        <translation>{shown} (拡大すると {wanted} 件を表示)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="202"/>
        <source>No projects loaded.</source>
        <translation>プロジェクトが読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="203"/>
        <source>No project to show.
{filters}</source>
        <translation>表示するプロジェクトがありません。
{filters}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="231"/>
        <source>{criterion} {weight} %</source>
        <translation>{criterion} {weight}%</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="54"/>
        <source>Pareto front: no other project
is both cheaper and less risky</source>
        <extracomment>Area (points²) of the largest project&apos;s bubble on a full-size (10-inch) chart, and the floor that keeps a tiny plant visible. Smaller figures scale the largest bubble down with their size so a narrow pane is not all bubbles. The legend&apos;s note on the front, on two lines so that the legend fits a narrow pane (English; translated where drawn, where the translator chooses the line break).</extracomment>
        <translation>パレートフロント: より安価かつ低リスクな
他のプロジェクトが存在しない</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="71"/>
        <location filename="../../evaluator/charts/cost_risk.py" line="81"/>
        <source>Cost and risk</source>
        <extracomment>The same note on one line.</extracomment>
        <translation>コストとリスク</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="80"/>
        <source>No project has a finite LCOP and risk to place.</source>
        <translation>LCOP とリスクがともに有限値で、プロットできるプロジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="96"/>
        <location filename="../../evaluator/charts/cost_risk.py" line="172"/>
        <location filename="../../evaluator/charts/coverage_map.py" line="161"/>
        <source>Coverage score (0–100)</source>
        <translation>カバレッジスコア (0～100)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="271"/>
        <source>Levelised cost of production, LCOP (USD/kg REO)</source>
        <translation>均等化生産コスト LCOP (USD/kg REO)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="272"/>
        <source>Project risk (0–100, lower is better)</source>
        <translation>プロジェクトリスク (0～100、低いほど良い)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="283"/>
        <source>Cost and risk of {projects} — better toward the lower left</source>
        <translation>{projects}のコストとリスク — 左下ほど良好</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="287"/>
        <source>{projects} without a finite LCOP not shown</source>
        <translation>LCOP が有限値でない{projects}は非表示</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="311"/>
        <source>{tonnes} t/a</source>
        <translation>{tonnes} t/a</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="323"/>
        <source>Bubble area ∝ capacity (tonnes REO a year)
colour = coverage score</source>
        <translation>バブルの面積 ∝ 生産能力 (t REO/年)
色 = カバレッジスコア</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="43"/>
        <source>Light REE</source>
        <extracomment>Column groups in display order; a group the element table does not know goes after these, under its own name. The groups&apos; names in English (marked for the catalogue; :func:`group_title` translates them).</extracomment>
        <translation>軽希土類</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="44"/>
        <source>Heavy REE</source>
        <translation>重希土類</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="45"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="102"/>
        <location filename="../../evaluator/charts/coverage_map.py" line="77"/>
        <source>Element coverage</source>
        <extracomment>Text lines of title, element header, group labels and colorbar with its label, in font heights.</extracomment>
        <translation>元素カバレッジ</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="92"/>
        <source>Elements produced — {shown}</source>
        <translation>生産元素 — {shown}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="95"/>
        <source>Criticality weight of a covered element; blank: not produced
{mark} bold: magnet element</source>
        <translation>カバーする元素の重要度重み (空白 = 生産なし)
{mark} 太字: 磁石用元素</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/criteria.py" line="26"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/criteria.py" line="27"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/criteria.py" line="28"/>
        <source>Coverage</source>
        <translation>カバレッジ</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="69"/>
        <source>budget</source>
        <extracomment>Background of a critical element&apos;s column: light enough that both bar colours stay clear on it. The redundancy rule&apos;s minimum, drawn across each critical element&apos;s column. The selected projects are listed beside the plot on a figure at least this wide (inches), else below it on one at least this tall; a figure smaller than both has no room for the list, and the title says so. The binding constraints :mod:`evaluator.analysis.portfolio` names by a fixed code, in English (translated where shown).</extracomment>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="70"/>
        <source>max projects</source>
        <translation>最大プロジェクト数</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="76"/>
        <source>infeasible</source>
        <extracomment>``&quot;&lt;symbol&gt; in ≥ &lt;d&gt; countries&quot;``: a critical element at the redundancy rule&apos;s minimum. The solver statuses other than optimal, in English (translated where shown).</extracomment>
        <translation>実行不能</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="77"/>
        <source>time limit</source>
        <translation>時間制限</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="78"/>
        <source>no candidates</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="97"/>
        <source>No portfolio was built.</source>
        <translation>ポートフォリオは構築されていません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="98"/>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="112"/>
        <source>{heading} — enlarge the chart to list the projects</source>
        <translation>{heading} — グラフを拡大するとプロジェクト一覧を表示</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="153"/>
        <source>Picked by rank ({size})</source>
        <translation>順位順に選択 ({size})</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="154"/>
        <source>Optimised ({size})</source>
        <translation>最適化 ({size})</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="177"/>
        <source>Critical element</source>
        <translation>重要元素</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="181"/>
        <source>Required for critical: {countries}</source>
        <translation>重要元素の必要国数: {countries}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="189"/>
        <source>{projects}, {capex} USD m</source>
        <translation>{projects}、{capex} USD m</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="210"/>
        <source>Not produced by the portfolio</source>
        <translation>ポートフォリオで生産なし</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="224"/>
        <source>Element, with its criticality weight</source>
        <translation>元素と重要度重み</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="248"/>
        <source>Countries producing it</source>
        <translation>生産国数</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="258"/>
        <source>Portfolio coverage {before} % picking by rank → {after} % optimised — capex {capex} of {budget} USD m</source>
        <translation>ポートフォリオのカバレッジ: 順位順選択 {before}% → 最適化 {after}% — 設備投資額 {capex} / {budget} USD m</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="268"/>
        <source>{heading}; binding: {constraints}</source>
        <translation>{heading}、拘束条件: {constraints}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="273"/>
        <source>{heading} — {status}: not proven optimal</source>
        <translation>{heading} — {status}: 最適性は未証明</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="295"/>
        <source>per country ({countries})</source>
        <translation>国別上限 ({countries})</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="297"/>
        <source>{elements} in ≥ {n} countries</source>
        <translation>{n} か国以上で生産 ({elements})</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="316"/>
        <source>{project} ({country})</source>
        <translation>{project} ({country})</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="320"/>
        <source>only source of {elements}</source>
        <translation>{elements} の唯一の供給源</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="329"/>
        <source>Selected projects (rank)</source>
        <translation>選択プロジェクト (順位)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="61"/>
        <source>Sub-scores</source>
        <extracomment>Axis angles: cost at the top, then clockwise risk and coverage.</extracomment>
        <translation>サブスコア</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="75"/>
        <source>Sub-scores 0–100, outer is better</source>
        <translation>サブスコア 0～100 (外側ほど良い)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="91"/>
        <source>Sub-scores of the first {shown} of {selected} selected</source>
        <translation>選択した {selected} 件のうち最初の {shown} 件のサブスコア</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="93"/>
        <source>Sub-scores of {n} selected projects</source>
        <translation>選択したプロジェクト {n} 件のサブスコア</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="96"/>
        <source>Sub-scores of the top project — select {least}–{most} projects to compare</source>
        <translation>1 位プロジェクトのサブスコア — 比較するには {least}～{most} 件を選択</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="98"/>
        <source>Sub-scores of the top {n} projects — select {least}–{most} projects to compare</source>
        <translation>上位 {n} 件のサブスコア — 比較するには {least}～{most} 件を選択</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="122"/>
        <source>{criterion} score
(weight {weight} %)</source>
        <translation>{criterion}スコア
(重み {weight}%)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="147"/>
        <source>{project} — overall {score}</source>
        <translation>{project} — 総合 {score}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="80"/>
        <location filename="../../evaluator/charts/ranking_chart.py" line="69"/>
        <source>Ranking</source>
        <extracomment>Figure size (inches) on the export&apos;s Charts sheet; None: on screen only. Bring a figure ``draw`` drew up to date with new inputs in place; None from it (or no ``update``): draw.
----------
Lines of text besides the bars: title, tick labels, axis label, legend title and entries.</extracomment>
        <translation>ランキング</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/ranking_chart.py" line="140"/>
        <source>{shown} — {method}</source>
        <translation>{shown} — {method}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/ranking_chart.py" line="81"/>
        <source>Contribution of each criterion (weight)</source>
        <translation>評価基準ごとの寄与 (重み)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/ranking_chart.py" line="142"/>
        <location filename="../../evaluator/charts/ranking_chart.py" line="249"/>
        <source>Overall score (0–100, higher is better)</source>
        <translation>総合スコア (0～100、高いほど良い)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="119"/>
        <location filename="../../evaluator/charts/sweep_chart.py" line="117"/>
        <source>Weight sweep</source>
        <extracomment>More coloured lines than the palette has colours cannot be told apart, so ``top_n`` stops here. The projects outside the top: there but quiet, so the leaders&apos; lines stand out. A leader change: an open circle, drawn above the lines so the crossing stays visible under it. Radius (points) of the change marker and its edge, which the labels keep clear of. Space above the highest line for the leader-change labels, as a share of the score range drawn; it may reach past 100, where no tick is drawn (no score can be there).</extracomment>
        <translation>重みスイープ</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="130"/>
        <source>Weight sweep, {method} — score as one weight goes 0–100 %, the others keeping their ratio</source>
        <translation>重みスイープ ({method}) — 1 つの重みを 0～100% で変化させたときのスコア (他の重みは比率を維持)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="197"/>
        <source>{criterion} weight (%)</source>
        <translation>{criterion}の重み (%)</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="199"/>
        <source>Overall score</source>
        <translation>総合スコア</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="213"/>
        <source>now {weight} %</source>
        <translation>現在 {weight}%</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="245"/>
        <source>→ {project}</source>
        <translation>→ {project}</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="267"/>
        <source>other projects</source>
        <translation>その他のプロジェクト</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="269"/>
        <source>rank 1 changes hands</source>
        <translation>1 位が交代</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="270"/>
        <source>weight now</source>
        <translation>現在の重み</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="81"/>
        <source>Overall score of the top projects, stacked by each criterion&apos;s weighted contribution.</source>
        <translation>上位プロジェクトの総合スコアを、評価基準ごとの加重寄与に分けて積み上げ表示します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="90"/>
        <source>Cost vs risk</source>
        <translation>コスト対リスク</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="91"/>
        <source>LCOP against project risk; bubble size = capacity, colour = coverage; the Pareto front joins projects no other beats on both.</source>
        <translation>LCOP とプロジェクトリスクの関係です。バブルの大きさ = 生産能力、色 = カバレッジ。パレートフロントは、コストとリスクの両方で上回る他のプロジェクトが存在しないプロジェクトを結んだ線です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="103"/>
        <source>Which of the 17 elements each top project produces, by criticality.</source>
        <translation>上位の各プロジェクトが 17 元素のうちどれを生産しているかを、重要度とともに示します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="109"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="110"/>
        <source>Radar of the three sub-scores for the selected projects (2–6; ctrl-click rows to select several).</source>
        <translation>選択したプロジェクト (2～6 件) の 3 つのサブスコアを示すレーダーチャートです (Ctrl キーを押しながら行をクリックすると複数選択できます)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/catalogue.py" line="120"/>
        <source>Each project&apos;s overall score as one weight goes from 0 to 100 % (the others keep their ratio); markers show where rank 1 changes hands.</source>
        <translation>1 つの重みを 0 から 100% まで変化させたときの各プロジェクトの総合スコアです (他の重みは比率を維持)。マーカーは 1 位が交代する位置を示します。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="262"/>
        <source>How often each project lands at rank 1, 2, 3… across the samples.</source>
        <translation>全サンプルのうち、各プロジェクトが 1 位、2 位、3 位… となる頻度です。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="270"/>
        <source>Mean rank and the 5–95 % range of ranks across the samples.</source>
        <translation>全サンプルにおける平均順位と、順位の 5～95% 範囲です。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="389"/>
        <source>Portfolio coverage</source>
        <translation>ポートフォリオのカバレッジ</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="390"/>
        <source>Element coverage: picking by rank versus the optimised portfolio.</source>
        <translation>元素カバレッジ: 順位順の選択と最適化ポートフォリオの比較です。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../evaluator/model/columns.py" line="88"/>
        <source>Rank</source>
        <extracomment>The same formats for text output (the PDF), as ``str.format`` patterns.</extracomment>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="89"/>
        <source>Rank 1 is best. ▲/▼ show the move caused by your last change.</source>
        <translation>1 位が最良です。▲/▼ は直前の変更による順位の変動を示します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="93"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="94"/>
        <source>Project ID from the workbook (or row-N when none was given).</source>
        <translation>ブックに記載されたプロジェクト ID (未指定の場合は row-N)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="98"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="99"/>
        <source>Project or facility name.</source>
        <translation>プロジェクト名または施設名。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="103"/>
        <source>Sponsor</source>
        <translation>スポンサー</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="104"/>
        <source>Company, owner or developer.</source>
        <translation>企業、所有者または開発事業者。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="108"/>
        <source>Country</source>
        <translation>立地国</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="109"/>
        <source>Host country of the site.</source>
        <translation>施設の立地国。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="114"/>
        <source>Type</source>
        <translation>施設タイプ</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="115"/>
        <source>Facility type: separation, refining, metal, magnet, integrated.</source>
        <translation>施設タイプ: 分離、精製、金属・合金、磁石、一貫。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="119"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="120"/>
        <source>Development stage, from concept to operating.</source>
        <translation>開発段階 (構想から操業中まで)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="126"/>
        <source>Capacity (t/y)</source>
        <translation>生産能力 (t/y)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="127"/>
        <source>Nameplate capacity, tonnes REO per year.</source>
        <translation>公称生産能力 (REO 換算、トン/年)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="131"/>
        <source>Capex (USD m)</source>
        <translation>設備投資額 (USD m)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="132"/>
        <source>Capital cost in USD million (JPY converted at the FX).</source>
        <translation>設備投資額 (Capex)、百万 USD 単位 (JPY は設定した為替レートで換算)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="142"/>
        <source>LCOP ($/kg)</source>
        <translation>LCOP ($/kg)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="143"/>
        <source>Levelised cost of production, USD per kg REO (METHOD §2): annualised capex per kg produced plus opex.</source>
        <translation>均等化生産コスト (USD/kg REO、METHOD §2): 生産量 1 kg あたりの年換算設備投資額に操業費を加えた値。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="150"/>
        <source>Basket ($/kg)</source>
        <translation>バスケット価格 ($/kg)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="151"/>
        <source>Separated-oxide value of this project&apos;s element mix, USD per kg REO (METHOD §2.1).</source>
        <translation>このプロジェクトの元素構成を分離酸化物価格で評価した値（USD/kg REO、METHOD §2.1）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="159"/>
        <source>Value added ($/kg)</source>
        <translation>付加価値 ($/kg)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="160"/>
        <source>Value of the output minus the value of the feed, USD per kg REO, by product form (§2.1).</source>
        <translation>製品形態に基づく産出物の価値から原料の価値を引いた額（USD/kg REO、§2.1）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="166"/>
        <source>Margin ($/kg)</source>
        <translation>マージン ($/kg)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="167"/>
        <source>Value added minus LCOP, USD per kg REO.</source>
        <translation>付加価値から LCOP を引いた額（USD/kg REO）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="171"/>
        <source>NPV ($m)</source>
        <translation>NPV (百万$)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="172"/>
        <source>Net present value of the margin over the plant&apos;s life at the discount rate, USD million.</source>
        <translation>プラント寿命にわたるマージンを割引率で現在価値化した正味現在価値（百万 USD）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="178"/>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="179"/>
        <source>Internal rate of return of the capex against (value added − opex); empty when none.</source>
        <translation>設備投資に対する（付加価値 − 操業費）の内部収益率。存在しない場合は空欄。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="185"/>
        <source>Cost/value</source>
        <translation>コスト/価値</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="186"/>
        <source>k = LCOP / value added: dollars of cost per dollar of value added (lower is better).</source>
        <translation>k = LCOP / 付加価値：付加価値 1 ドルあたりのコスト（低いほど良い）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="192"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="241"/>
        <source>Expected tonnes against each element&apos;s allied supply gap at the project&apos;s stage, criticality-weighted.</source>
        <translation>プロジェクトの段階における各元素の同盟国供給ギャップに対する期待トン数（重要度で加重）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="206"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="207"/>
        <source>Risk sub-score = 100 − project risk (higher = safer).</source>
        <translation>地政学リスクのサブスコア = 100 − プロジェクトリスク (高いほど安全)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="217"/>
        <source>π</source>
        <translation>π</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="218"/>
        <source>Probability the project delivers by the target year, from its stage and start year (§2.3).</source>
        <translation>段階と開始年から求めた、目標年までに生産が実現する確率（§2.3）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="225"/>
        <source>Nd+Pr (t)</source>
        <translation>Nd+Pr (t)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="226"/>
        <source>Expected t/y of Nd and Pr oxide in the target year (π·credit·u·t).</source>
        <translation>目標年における Nd・Pr 酸化物の期待生産量 t/年（π·クレジット·u·t）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="230"/>
        <source>Dy (t)</source>
        <translation>Dy (t)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="231"/>
        <source>Expected t/y of Dy oxide in the target year.</source>
        <translation>目標年における Dy 酸化物の期待生産量 t/年。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="235"/>
        <source>Tb (t)</source>
        <translation>Tb (t)</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="236"/>
        <source>Expected t/y of Tb oxide in the target year.</source>
        <translation>目標年における Tb 酸化物の期待生産量 t/年。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="240"/>
        <source>Coverage</source>
        <translation>カバレッジ</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="248"/>
        <source>Overall</source>
        <translation>総合</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="249"/>
        <source>Overall score 0–100 under the current method and weights.</source>
        <translation>現在の手法と重みによる総合スコア (0～100)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="211"/>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="193"/>
        <source>Cost sub-score 0–100 from the cost-to-value ratio k (100 at k_lo, 0 at k_hi).</source>
        <translation>コスト対価値比 k から求めるコスト部分スコア 0–100（k_lo で 100、k_hi で 0）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/columns.py" line="212"/>
        <source>Rare-earth elements the project produces.</source>
        <translation>プロジェクトが生産するレアアース元素。</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../ui/controls.py" line="47"/>
        <source>Weight of the cost sub-score (LCOP, METHOD §2). The three weights always sum to 100 %.</source>
        <translation>コストのサブスコア (LCOP、METHOD §2) の重みです。3 つの重みの合計は常に 100% です。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="50"/>
        <source>Weight of the geopolitical-risk sub-score (100 − project risk, METHOD §2).</source>
        <translation>地政学リスクのサブスコア (100 − プロジェクトリスク、METHOD §2) の重みです。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="53"/>
        <source>Weight of the element-coverage sub-score (criticality-weighted elements, METHOD §2).</source>
        <translation>元素カバレッジのサブスコア (重要度で加重した元素、METHOD §2) の重みです。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="58"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="59"/>
        <source>Risk</source>
        <translation>地政学リスク</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="60"/>
        <source>Coverage</source>
        <translation>元素カバレッジ</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="79"/>
        <source>{criterion} weight</source>
        <translation>{criterion}の重み</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="111"/>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="112"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="113"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="115"/>
        <source>Reset to defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="116"/>
        <source>Restore METHOD.md&apos;s default weights, method, filters and parameters.</source>
        <translation>重み、手法、フィルター、パラメーターを METHOD.md の既定値に戻します。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="141"/>
        <source>Criterion weights (sum to 100 %)</source>
        <translation>評価基準の重み (合計 100%)</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="147"/>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="150"/>
        <source>Weighted sum (WSM)</source>
        <translation>加重和 (WSM)</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="154"/>
        <source>WSM: overall = Σ weight × sub-score. TOPSIS: closeness to the ideal project and distance from the worst, on vector-normalised weighted sub-scores (METHOD §3).</source>
        <translation>WSM: 総合 = Σ 重み × サブスコア。TOPSIS: ベクトル正規化した加重サブスコアにおける、理想プロジェクトへの近さと最悪プロジェクトからの遠さ (METHOD §3)。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="158"/>
        <source>aggregation method</source>
        <translation>集約方法</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="160"/>
        <source>Aggregation</source>
        <translation>集約方法</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="162"/>
        <source>Min–max over projects</source>
        <translation>最小–最大 (プロジェクト間)</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="163"/>
        <source>Absolute LCOP scale</source>
        <translation>LCOP の絶対尺度</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="165"/>
        <source>cost normalisation</source>
        <translation>コストの正規化</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="169"/>
        <source>Cost scale</source>
        <translation>コスト尺度</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="178"/>
        <source>Max project risk</source>
        <translation>プロジェクトリスクの上限</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="184"/>
        <source>maximum project risk</source>
        <translation>プロジェクトリスクの上限</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="192"/>
        <source>Stages</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="194"/>
        <source>Facility types</source>
        <translation>施設タイプ</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="197"/>
        <source>Must produce</source>
        <translation>必須の生産元素</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="206"/>
        <source>Only projects producing {name} ({symbol}).</source>
        <translation>{name} ({symbol}) を生産するプロジェクトのみを対象にします。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="208"/>
        <source>must produce {name}</source>
        <translation>{name}の生産が必須</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="214"/>
        <source>Exclude countries</source>
        <translation>除外する国</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="221"/>
        <source>countries to exclude</source>
        <translation>除外する国</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="230"/>
        <source>{tip} All ticked = no filter.</source>
        <translation>{tip}すべてチェック = フィルターなし。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="237"/>
        <source>{tip} Untick to leave out {option} projects.</source>
        <translation>{tip}チェックを外すと「{option}」のプロジェクトを除外します。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="268"/>
        <source>Version 1 method</source>
        <translation>バージョン 1 の手法</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="293"/>
        <source>Schedule risk</source>
        <translation>スケジュールリスク</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="299"/>
        <source>Full-credit gap share γ</source>
        <translation>満点となるギャップ割合 γ</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="271"/>
        <source>METHOD.md §7: cost as min–max LCOP, coverage as the share of elements listed, TOPSIS against the observed best and worst, Monte Carlo costs triangular. Untick for version 2.</source>
        <translation>METHOD.md §7：コストは LCOP の最小–最大正規化、カバレッジは記載元素の割合、TOPSIS は観測された最良・最悪に対して、モンテカルロのコストは三角分布。チェックを外すとバージョン 2。</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="279"/>
        <source>price deck</source>
        <translation>価格デッキ</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="284"/>
        <source>Price deck</source>
        <translation>価格デッキ</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="289"/>
        <source>target year</source>
        <translation>目標年</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="291"/>
        <source>Target year</source>
        <translation>目標年</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="297"/>
        <source>Best cost-to-value k</source>
        <translation>最良のコスト対価値比 k</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="298"/>
        <source>Worst cost-to-value k</source>
        <translation>最悪のコスト対価値比 k</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="300"/>
        <source>Credit of mixed products</source>
        <translation>混合製品のクレジット</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="301"/>
        <source>Discount rate r</source>
        <translation>割引率 r</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="307"/>
        <source>economic life</source>
        <translation>経済耐用年数</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="309"/>
        <source>Economic life n</source>
        <translation>経済耐用年数 n</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="311"/>
        <source>Utilisation u</source>
        <translation>稼働率 u</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="313"/>
        <source>FX ({currency} per USD)</source>
        <translation>為替レート（1 USD あたり {currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="314"/>
        <source>Site share s</source>
        <translation>立地国の比重 s</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="315"/>
        <source>Alignment discount a</source>
        <translation>同盟・友好国割引 a</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="316"/>
        <source>Unknown feed floor</source>
        <translation>原料調達国不明時の下限</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="317"/>
        <source>Best LCOP (absolute scale)</source>
        <translation>最良 LCOP (絶対尺度)</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="318"/>
        <source>Worst LCOP (absolute scale)</source>
        <translation>最悪 LCOP (絶対尺度)</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="321"/>
        <source>dominant supplier</source>
        <translation>支配的供給国</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="322"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="326"/>
        <source>Dominant supplier</source>
        <translation>支配的供給国</translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="464"/>
        <source>Not applied: {error}</source>
        <translation>適用されませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="25"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>プロジェクト %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="26"/>
        <source>%Ln scored project(s)</source>
        <translation>
            <numerusform>評価対象 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="27"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="28"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>エラー %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="29"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>警告 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="30"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>問題 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="31"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>注記 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="32"/>
        <source>%Ln country(-ies)</source>
        <translation>
            <numerusform>%Ln か国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evaluator/base/wording.py" line="33"/>
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln 個の値</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/detail.py" line="22"/>
        <source>project detail</source>
        <translation>プロジェクトの詳細</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="24"/>
        <source>Select a project to see its inputs, LCOP build-up and why it ranks where it does.</source>
        <translation>プロジェクトを選択すると、入力値、LCOP の内訳、その順位になった理由が表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="39"/>
        <source>&lt;b&gt;{project}&lt;/b&gt; is filtered out under the current settings.</source>
        <translation>&lt;b&gt;{project}&lt;/b&gt; は現在の設定ではフィルターにより除外されています。</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="58"/>
        <source>weighted sum</source>
        <translation>加重和</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="60"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="61"/>
        <source>Risk</source>
        <translation>地政学リスク</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="62"/>
        <source>Coverage</source>
        <translation>元素カバレッジ</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="80"/>
        <source>Assumed</source>
        <translation>仮定</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="82"/>
        <source>Cost per dollar of value added</source>
        <translation>付加価値 1 ドルあたりのコスト</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="94"/>
        <source>&lt;b&gt;Rank {rank} of {total}&lt;/b&gt; · overall &lt;b&gt;{overall}&lt;/b&gt; ({method})</source>
        <translation>&lt;b&gt;{total} 件中 {rank} 位&lt;/b&gt; · 総合 &lt;b&gt;{overall}&lt;/b&gt; ({method})</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="100"/>
        <source>Criterion</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="101"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="102"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="103"/>
        <source>Adds</source>
        <translation>寄与</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="109"/>
        <source>Why this rank</source>
        <translation>この順位の理由</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="84"/>
        <source>Cost (LCOP build-up)</source>
        <translation>コスト (LCOP の内訳)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="115"/>
        <source>Geopolitical risk</source>
        <translation>地政学リスク</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="117"/>
        <source>Element coverage</source>
        <translation>元素カバレッジ</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="120"/>
        <source>Inputs</source>
        <translation>入力値</translation>
    </message>
</context>
<context>
    <name>Elements</name>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="37"/>
        <source>Scandium</source>
        <translation>スカンジウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="37"/>
        <source>Yttrium</source>
        <translation>イットリウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="38"/>
        <source>Lanthanum</source>
        <translation>ランタン</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="38"/>
        <source>Cerium</source>
        <translation>セリウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="39"/>
        <source>Praseodymium</source>
        <translation>プラセオジム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="39"/>
        <source>Neodymium</source>
        <translation>ネオジム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="40"/>
        <source>Promethium</source>
        <translation>プロメチウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="40"/>
        <source>Samarium</source>
        <translation>サマリウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="41"/>
        <source>Europium</source>
        <translation>ユウロピウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="41"/>
        <source>Gadolinium</source>
        <translation>ガドリニウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="42"/>
        <source>Terbium</source>
        <translation>テルビウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="42"/>
        <source>Dysprosium</source>
        <translation>ジスプロシウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="43"/>
        <source>Holmium</source>
        <translation>ホルミウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="43"/>
        <source>Erbium</source>
        <translation>エルビウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="44"/>
        <source>Thulium</source>
        <translation>ツリウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="44"/>
        <source>Ytterbium</source>
        <translation>イッテルビウム</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/elements.py" line="45"/>
        <source>Lutetium</source>
        <translation>ルテチウム</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Something went wrong: {error}.
Your data is unchanged; you can keep working.</source>
        <translation>問題が発生しました: {error}。
データは変更されていません。このまま作業を続けられます。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Details were written to {path}.</source>
        <translation>詳細は {path} に書き出されました。</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="74"/>
        <source>Project ID</source>
        <extracomment>METHOD.md v2 §2.3, per element with a gap at the project&apos;s stage: (symbol, expected t/y, γ·gap t/y), the detail panel&apos;s small bar of this project&apos;s tonnes against what earns full credit. Empty under v1 coverage. &quot;Cost per dollar of value added&quot; (v2) or &quot;LCOP build-up&quot; (v1): the cost section&apos;s heading key.</extracomment>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="75"/>
        <source>Sponsor</source>
        <translation>スポンサー</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="76"/>
        <source>Country</source>
        <translation>立地国</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="78"/>
        <source>Facility type</source>
        <translation>施設タイプ</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="81"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="83"/>
        <source>Capacity</source>
        <translation>生産能力</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="84"/>
        <source>{capacity} t/y REO</source>
        <translation>{capacity} t/y REO</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="87"/>
        <source>Capex</source>
        <translation>設備投資額 (Capex)</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="88"/>
        <source>{capex} USD m</source>
        <translation>{capex} USD m</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="92"/>
        <source>Opex</source>
        <translation>操業費 (Opex)</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="93"/>
        <source>{opex} USD/kg</source>
        <translation>{opex} USD/kg</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="96"/>
        <source>Feed country</source>
        <translation>原料調達国</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="96"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="97"/>
        <source>Input row</source>
        <translation>入力行</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="100"/>
        <source>min–max over the projects scored</source>
        <translation>評価対象プロジェクト間の最小–最大で正規化</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="102"/>
        <source>absolute scale {lo}–{hi} USD/kg</source>
        <translation>絶対スケール {lo}–{hi} USD/kg</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="107"/>
        <source>Capital recovery factor CRF = {crf} (r = {rate}, n = {years} years).</source>
        <translation>資本回収係数 CRF = {crf} (r = {rate}、n = {years} 年)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="110"/>
        <source>Capital charge = {capex} USD m × 10⁶ × {crf} / ({capacity} t/y × 1000 × {utilisation}) = {charge} USD/kg.</source>
        <translation>資本費 = {capex} USD m × 10⁶ × {crf} / ({capacity} t/y × 1000 × {utilisation}) = {charge} USD/kg。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="120"/>
        <source>LCOP = {charge} + opex {opex} = {lcop} USD/kg → cost score {score} ({scale}).</source>
        <translation>LCOP = {charge} + 操業費 {opex} = {lcop} USD/kg → コストスコア {score} ({scale})。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="129"/>
        <source>feed country unknown, assumed max(site, {floor}) = {risk}</source>
        <translation>原料調達国は不明のため、max(立地, {floor}) = {risk} と仮定</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="133"/>
        <source>feed {country} {risk}</source>
        <translation>原料調達国 {country} {risk}</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="138"/>
        <source>Site {country}: country risk {risk}{note}.</source>
        <translation>立地 {country}: カントリーリスク {risk}{note}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="141"/>
        <source>Feed: {feed}.</source>
        <translation>原料: {feed}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="142"/>
        <source>Project risk = {site_share} × {site} + {feed_share} × {feed} = {risk} → risk score {score}.</source>
        <translation>プロジェクトリスク = {site_share} × {site} + {feed_share} × {feed} = {risk} → リスクスコア {score}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="154"/>
        <source>Produces {elements}.</source>
        <translation>生産元素: {elements}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="158"/>
        <source>Produces no listed element.</source>
        <translation>生産元素の記載がありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="162"/>
        <source>Criticality covered {covered} of {total} → coverage score {score}.</source>
        <translation>重要度 {total} のうち {covered} をカバー → カバレッジスコア {score}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="170"/>
        <source>Magnet elements not produced: {elements}.</source>
        <translation>生産していない磁石用元素: {elements}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="201"/>
        <source>LCOP = {charge} + opex {opex} = {lcop} USD per kg REO.</source>
        <translation>LCOP = {charge} + 操業費 {opex} = {lcop} USD/kg REO。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="206"/>
        <source>Basket price {basket} USD/kg REO at the {deck} deck (this project&apos;s element mix).</source>
        <translation>{deck} デッキでのバスケット価格 {basket} USD/kg REO（このプロジェクトの元素構成）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="209"/>
        <source>Output {output} worth {value_out} USD/kg, feed {input} {value_in}: value added {added} USD/kg.</source>
        <translation>産出物 {output} の価値 {value_out} USD/kg、原料 {input} {value_in}：付加価値 {added} USD/kg。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="219"/>
        <source>Cost per dollar of value added k = {lcop} / {added} = {k} → cost score {score} (100 at k ≤ {lo}, 0 at k ≥ {hi}).</source>
        <translation>付加価値 1 ドルあたりのコスト k = {lcop} / {added} = {k} → コストスコア {score}（k ≤ {lo} で 100、k ≥ {hi} で 0）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="232"/>
        <source>The plant adds no value over its feed: cost score 0.</source>
        <translation>このプラントは原料に対して価値を付加しません：コストスコア 0。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="234"/>
        <source>Margin {margin} USD/kg; NPV {npv} USD m; IRR {irr}.</source>
        <translation>マージン {margin} USD/kg、NPV {npv} 百万 USD、IRR {irr}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="237"/>
        <source>none (value added does not cover opex)</source>
        <translation>なし（付加価値が操業費を賄わない）</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="249"/>
        <source>Delivery probability π = {pi} (stage {stage}, start {start}, target year {target}); credit {credit} for {form} at the {chain} stage.</source>
        <translation>実現確率 π = {pi}（段階 {stage}、開始 {start}、目標年 {target}）。{chain} 段階の {form} に対するクレジット {credit}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="270"/>
        <source>{symbol}: {tonnes} t expected of the {target} t that earn full credit ({share}).</source>
        <translation>{symbol}：満点となる {target} t のうち {tonnes} t を期待（{share}）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="280"/>
        <source>No expected tonnes of an element in deficit at this stage.</source>
        <translation>この段階で不足している元素の期待トン数はありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="282"/>
        <source>Coverage score {score} (γ = {gamma} of each element&apos;s gap earns its full weight).</source>
        <translation>カバレッジスコア {score}（各元素ギャップの γ = {gamma} で満点）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="294"/>
        <source> (range {low} to {high})</source>
        <translation> (範囲 {low}～{high})</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="302"/>
        <source> (dominant supplier: set to 100)</source>
        <translation> (支配的供給国: 100 に設定)</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="304"/>
        <source> (no governance data: assumed)</source>
        <translation> (ガバナンスデータなし: 仮定値)</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="306"/>
        <source> (governance risk {risk} × (1 − {discount}), aligned)</source>
        <translation> (ガバナンスリスク {risk} × (1 − {discount})、同盟・友好国)</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="309"/>
        <source> (governance risk, not aligned)</source>
        <translation> (ガバナンスリスク、同盟・友好国以外)</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="315"/>
        <source>The only project scored.</source>
        <translation>スコアが算出された唯一のプロジェクトです。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="321"/>
        <source>Against rank {rank} ({name}, above): overall {gap}.</source>
        <translation>{rank} 位 ({name}、1 つ上) との比較: 総合 {gap}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="323"/>
        <source>Against rank {rank} ({name}, below): overall {gap}.</source>
        <translation>{rank} 位 ({name}、1 つ下) との比較: 総合 {gap}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="327"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="328"/>
        <source>Risk</source>
        <translation>地政学リスク</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="329"/>
        <source>Coverage</source>
        <translation>元素カバレッジ</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="333"/>
        <source>{criterion}: {gap} points of overall score.</source>
        <translation>{criterion}: 総合スコアで {gap} ポイント。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/explain.py" line="338"/>
        <source>Tied on overall score: ordered by lower LCOP, then project ID.</source>
        <translation>総合スコアが同点のため、LCOP の低い順、次にプロジェクト ID 順に並べています。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="30"/>
        <source>Export shortlist</source>
        <translation>ショートリストのエクスポート</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="31"/>
        <source>Top</source>
        <translation>上位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="32"/>
        <source>The best-ranked projects under the current weights, method and filters.</source>
        <translation>現在の重み、手法、フィルターで上位に順位付けされたプロジェクトです。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="36"/>
        <source> of {total} projects</source>
        <translation> 件 (全 {total} 件中)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="37"/>
        <source>number of projects on the shortlist</source>
        <translation>ショートリストのプロジェクト数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="38"/>
        <source>The selected projects ({count})</source>
        <translation>選択したプロジェクト ({count} 件)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="40"/>
        <source>Select rows in the table (ctrl/shift-click) to export exactly those.</source>
        <translation>表で行を選択すると (Ctrl/Shift+クリック)、選択した行だけをエクスポートできます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="47"/>
        <source>The workbook holds the shortlist, all projects, element coverage, import issues, the assumptions and the four charts. It is written safely: an existing file is only replaced once the new one is complete.</source>
        <translation>ブックには、ショートリスト、全プロジェクト、元素カバレッジ、取込時の問題、前提条件、4 つのグラフが含まれます。書き出しは安全に行われ、既存のファイルは新しいファイルの作成が完了してから置き換えられます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="54"/>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="32"/>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>ブック (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="50"/>
        <source>Reading {name}…</source>
        <extracomment>The suffixes a dropped file may have to be opened.</extracomment>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="92"/>
        <source>Open projects workbook</source>
        <translation>プロジェクトのブックを開く</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="104"/>
        <source>Import projects workbook</source>
        <translation>プロジェクトのブックを取り込む</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="112"/>
        <location filename="../../ui/file_actions.py" line="167"/>
        <source>Cannot open workbook</source>
        <translation>ブックを開けません</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="132"/>
        <source>Opening {name}…</source>
        <translation>{name} を開いています…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="135"/>
        <source>Opening cancelled.</source>
        <translation>ファイルを開く操作をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="148"/>
        <source>Opened {name}: no project could be loaded; see the import report.</source>
        <translation>{name} を開きました: 読み込めたプロジェクトはありません。インポートレポートを参照してください。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="150"/>
        <source>Opened {name}: {projects}, {errors}, {warnings}.</source>
        <translation>{name} を開きました: {projects}、{errors}、{warnings}。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="157"/>
        <source>Opened {name}: {projects}.</source>
        <translation>{name} を開きました: {projects}。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="159"/>
        <source>Import choices in force for this layout (File ▸ Import with preview… to change).</source>
        <translation>このレイアウトに保存された取り込み設定を適用しました（変更は ファイル ▸ プレビューして取り込む…）。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="163"/>
        <source>Could not open {name}.</source>
        <translation>{name} を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="168"/>
        <source>{message}

The data on screen has not changed.</source>
        <translation>{message}

画面上のデータは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="176"/>
        <source>No recent workbooks</source>
        <translation>最近使ったブックはありません</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="194"/>
        <source>Export as PDF</source>
        <translation>PDFとして書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="194"/>
        <source>Export shortlist</source>
        <translation>ショートリストのエクスポート</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="197"/>
        <source>There is no ranked project to export.</source>
        <translation>エクスポートできる順位付け済みのプロジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="212"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="212"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="224"/>
        <source>{name} is the workbook you opened: exporting there would replace it. Choose another name.</source>
        <translation>{name} は開いているブックです。そこへ書き出すとブックが置き換えられます。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="260"/>
        <source>Writing PDF…</source>
        <translation>PDFを書き出し中…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="267"/>
        <source>Drawing charts…</source>
        <translation>グラフを描画中…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="270"/>
        <source>Writing workbook…</source>
        <translation>ブックを書き出し中…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="277"/>
        <source>Exporting to {name}…</source>
        <translation>{name} にエクスポート中…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="280"/>
        <source>Export cancelled.</source>
        <translation>エクスポートをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="284"/>
        <source>Exported {name}.</source>
        <translation>{name} をエクスポートしました。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="289"/>
        <source>The committee pack PDF was written to:
{path}</source>
        <translation>委員会資料のPDFを書き出しました：
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>The shortlist workbook was written to:
{path}</source>
        <translation>ショートリストのブックを次の場所に書き出しました:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="294"/>
        <source>Shortlist exported</source>
        <translation>ショートリストのエクスポート完了</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="296"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="306"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="307"/>
        <source>{message}

No existing file was changed.</source>
        <translation>{message}

既存のファイルは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="316"/>
        <source>Save scenario</source>
        <translation>シナリオの保存</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="316"/>
        <source>Scenario (*.json)</source>
        <translation>シナリオ (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="323"/>
        <source>Cannot save scenario</source>
        <translation>シナリオを保存できません</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="325"/>
        <source>Scenario saved to {name}.</source>
        <translation>シナリオを {name} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="331"/>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="331"/>
        <source>Scenario (*.json);;All files (*)</source>
        <translation>シナリオ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="340"/>
        <source>Cannot open scenario</source>
        <translation>シナリオを開けません</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="341"/>
        <source>{error}

The current settings are unchanged.</source>
        <translation>{error}

現在の設定は変更されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Scenario {name} applied.</source>
        <translation>シナリオ {name} を適用しました。</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../evaluator/scoring/filters.py" line="45"/>
        <source>project risk above {limit}</source>
        <translation>プロジェクトリスクが {limit} 超</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/filters.py" line="48"/>
        <source>stage not {allowed}</source>
        <translation>段階が{allowed}以外</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/filters.py" line="51"/>
        <source>facility type not {allowed}</source>
        <translation>施設タイプが{allowed}以外</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/filters.py" line="57"/>
        <source>does not produce all of {elements}</source>
        <translation>{elements} の全元素は生産していない</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/filters.py" line="62"/>
        <source>sited in an excluded country ({countries})</source>
        <translation>除外国に立地 ({countries})</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/filters.py" line="71"/>
        <source>one of {values}</source>
        <translation>{values}のいずれか</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <source>Import preview — {name}</source>
        <extracomment>The &quot;not used&quot; entry of a column&apos;s combo box (no mapping, and nothing recognised). Emitted after each recomputation, with the preview now shown (tests and the status line listen).</extracomment>
        <translation>取り込みプレビュー — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <location filename="../../ui/import_dialog.py" line="66"/>
        <location filename="../../ui/import_dialog.py" line="70"/>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60"/>
        <source>header row</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="65"/>
        <source>unit row</source>
        <translation>単位行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="66"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="66"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="69"/>
        <source>decimal mark</source>
        <translation>小数点記号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="71"/>
        <source>Point: 1,234.5</source>
        <translation>ピリオド: 1,234.5</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="72"/>
        <source>Comma: 1.234,5</source>
        <translation>カンマ: 1.234,5</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="74"/>
        <source>include hidden rows</source>
        <translation>非表示の行を含める</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="76"/>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="77"/>
        <source>Header row</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="78"/>
        <source>Units row under the header</source>
        <translation>見出しの下の単位行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="79"/>
        <source>CSV decimal mark</source>
        <translation>CSV の小数点記号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="80"/>
        <source>Hidden rows</source>
        <translation>非表示の行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="87"/>
        <source>first rows of the sheet</source>
        <translation>シートの先頭行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="90"/>
        <source>how each column is read</source>
        <translation>各列の読み取り方</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="91"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="91"/>
        <source>Header as written</source>
        <translation>記載どおりの見出し</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="91"/>
        <source>Read as</source>
        <translation>読み取り先</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="100"/>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="101"/>
        <source>&amp;Automatic</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="154"/>
        <source>Automatic (row {row})</source>
        <translation>自動（{row} 行目）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Include the {count} hidden rows ({rows})</source>
        <translation>非表示の {count} 行を含める（{rows}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="169"/>
        <source>No hidden rows</source>
        <translation>非表示の行はありません</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <source>Reading sheet &apos;{sheet}&apos;, header on row {row}{units}.</source>
        <translation>シート「{sheet}」を読み取ります。見出しは {row} 行目{units}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="178"/>
        <source>, units on the row below</source>
        <translation>、単位はその下の行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="213"/>
        <source>read column {column} as</source>
        <translation>列 {column} の読み取り先</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="214"/>
        <source>(not used)</source>
        <translation>（使用しない）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="218"/>
        <source>element {symbol}</source>
        <translation>元素 {symbol}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../evaluator/inputs/import_preview.py" line="84"/>
        <source>Sheet &apos;{sheet}&apos; has no row {row}.</source>
        <extracomment>Rows and columns of the sheet shown in the preview table.</extracomment>
        <translation>シート「{sheet}」に {row} 行目はありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/import_preview.py" line="86"/>
        <source>No header row found in the first {count} rows of sheet &apos;{sheet}&apos;: choose the row.</source>
        <translation>シート「{sheet}」の先頭 {count} 行に見出し行が見つかりません。行を選んでください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/import_preview.py" line="106"/>
        <source>The header on row {row} lacks the required columns {columns}: map them below.</source>
        <translation>{row} 行目の見出しに必須の列 {columns} がありません。下で割り当ててください。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/import_report.py" line="26"/>
        <location filename="../../ui/import_report.py" line="54"/>
        <source>Import report</source>
        <translation>取込レポート</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="37"/>
        <source>import report</source>
        <translation>取込レポート</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="52"/>
        <source>Import report ({issues})</source>
        <translation>取込レポート ({issues})</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="75"/>
        <source>{cell} is on sheet {sheet}, not a project row.</source>
        <translation>{cell} はシート {sheet} のセルで、プロジェクトの行ではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="82"/>
        <source>Row {row} was left out of scoring: {message}</source>
        <translation>{row} 行目はスコア算出から除外されました: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="88"/>
        <source>Row {row} is loaded but filtered out under the current filters.</source>
        <translation>{row} 行目は読み込まれていますが、現在のフィルターにより除外されています。</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="78"/>
        <source>Sheet &apos;{sheet}&apos; has {count} far outside its table ({cells}), left out: the table is read as the block that holds most of the sheet&apos;s values.</source>
        <extracomment>Rows read of an override sheet (FX, Settings, Countries, Elements): far more than any reference table holds. Governance risk assumed for a real country missing from the bundled table and from the workbook.</extracomment>
        <translation>シート「{sheet}」には表から大きく離れた {count}（{cells}）があり、読み込みから除きました。表は、シートの値の大半を含むまとまりとして読み込みます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="87"/>
        <source>Sheet &apos;{sheet}&apos; was read with the slower, forgiving reader: the fast one stopped at a cell it cannot convert ({reason}). Such cells are reported below, the rest loads.</source>
        <translation>シート「{sheet}」は、低速ですが寛容な読み取り方法で読み込みました。高速な方法は変換できないセルで止まりました（{reason}）。そのようなセルは以下に示し、残りは読み込みます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="134"/>
        <source>Sheet &apos;{sheet}&apos; runs to row {rows}: a reference sheet is read to row {limit}, the rows below are ignored.</source>
        <translation>シート「{sheet}」は {rows} 行目まであります。参照シートは {limit} 行目まで読み込み、それより下の行は無視します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="151"/>
        <source>Numbers such as &apos;{example}&apos; are read the European way (&apos;5.000&apos; = five thousand, decimal comma): the file separates columns with &apos;;&apos; and writes no number only the English way could mean.</source>
        <translation>&apos;{example}&apos; のような数値はヨーロッパ式 (&apos;5.000&apos; = 5,000、小数点はコンマ) として読み取りました。このファイルは列を &apos;;&apos; で区切り、英語式でしか解釈できない数値を含まないためです。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="160"/>
        <source>The file writes numbers both ways (a decimal comma as in &apos;{example}&apos; and decimal points); each cell is read the English way and ambiguous ones are reported.</source>
        <translation>このファイルは数値を両方の書式で記載しています (&apos;{example}&apos; のような小数点のコンマと、小数点のピリオド)。各セルは英語式で読み取り、曖昧なものは報告します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="196"/>
        <source>Sheet &apos;{sheet}&apos; is hidden in the workbook; it was read all the same.</source>
        <extracomment>The optional sheets a workbook may carry, read by name (METHOD.md §1).</extracomment>
        <translation>シート「{sheet}」はブックで非表示になっていますが、そのまま読み込みました。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="203"/>
        <source>Sheet &apos;{sheet}&apos; is very hidden (only a macro shows it); it was read all the same. Check it is meant to be part of this workbook.</source>
        <translation>シート「{sheet}」は「完全に非表示」（マクロでしか表示できません）ですが、そのまま読み込みました。このブックに含めるべきシートか確認してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="222"/>
        <source>{name} has no sheet &apos;{sheet}&apos; (its sheets are {sheets}).</source>
        <translation>{name} にシート「{sheet}」はありません（シート: {sheets}）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="232"/>
        <source>{name} has no Projects sheet.</source>
        <translation>{name} に Projects シートがありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="240"/>
        <source>Projects were read from sheet &apos;{sheet}&apos;, the first sheet with a header row ({skipped} has none).</source>
        <translation>プロジェクトは見出し行のある最初のシート「{sheet}」から読み込みました（{skipped} には見出し行がありません）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/load.py" line="248"/>
        <source>No sheet of {name} holds a header row (looked at {sheets}): none of their first 20 rows holds three or more recognised column names (such as name, country, capacity_tpa, capex_musd, opex_usd_per_kg).</source>
        <translation>{name} のどのシートにも見出し行がありません（確認したシート: {sheets}）。どのシートの先頭 20 行にも、認識できる列名（name、country、capacity_tpa、capex_musd、opex_usd_per_kg など）が 3 つ以上ある行がありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/file_checks.py" line="46"/>
        <source>The file {path} does not exist.</source>
        <extracomment>Largest scenario or mapping file read (bytes): they are a few kB.</extracomment>
        <translation>ファイル {path} が存在しません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/file_checks.py" line="50"/>
        <source>{path} is a folder, not a workbook.</source>
        <translation>{path} はフォルダーであり、ブックではありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/file_checks.py" line="53"/>
        <source>{name} is not a regular file (a device, pipe or socket); open a file saved on disk.</source>
        <translation>{name} は通常のファイルではありません（デバイス、パイプまたはソケット）。ディスクに保存されたファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/file_checks.py" line="108"/>
        <source>{name} is {size} MB, more than the {limit} MB this app reads; it cannot be a projects workbook.</source>
        <translation>{name} は {size} MB で、このアプリが読み込める {limit} MB を超えています。プロジェクトのブックではありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/file_checks.py" line="114"/>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>ファイル {name} を読み取れません: {reason}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/read.py" line="93"/>
        <source>The file {name} is empty.</source>
        <extracomment>For a CSV file: the decimal and thousands marks chosen from the whole file (issue 8.3); None for Excel. Hidden rows and uncalculated formulas of a sheet (OOXML only; other formats have none). Sheets the fast reader refused and the forgiving one read: sheet → the fast reader&apos;s reason. Worksheets the workbook hides: sheet → &quot;hidden&quot; or &quot;very hidden&quot; (shown only by a macro). Values beyond the table block of a sheet read cell by cell (its used area was beyond the dense-grid limit): sheet → (row, column, value), 1-based (:mod:`evaluator.inputs.sparse_sheet`).</extracomment>
        <translation>ファイル {name} は空です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/read.py" line="100"/>
        <source>{name} is not a workbook this app reads (use .xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>{name} はこのアプリで読み込めるブックではありません (.xlsx、.xlsm、.xls、.ods、.csv のいずれかを使用してください)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/package_limits.py" line="78"/>
        <location filename="../../evaluator/inputs/package_limits.py" line="137"/>
        <location filename="../../evaluator/inputs/read.py" line="172"/>
        <source>{name} is not a readable Excel workbook ({reason}).</source>
        <extracomment>Largest uncompressed size of one package member, and of all of them (bytes). Members above this size must not inflate more than MAX_RATIO times (spreadsheet XML compresses 5–30×). Largest used area of a sheet read (rows × columns of its dense grid). The last row and column a worksheet can have (Excel&apos;s XFD1048576): a reference beyond is a damaged file. Most different texts a shared-strings table may claim beyond what its size can hold (each needs 5 bytes, ``&lt;si/&gt;``): calamine reserves 24 bytes for each claimed one before reading any.</extracomment>
        <translation>{name} は読み取り可能な Excel ブックではありません ({reason})。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/read.py" line="138"/>
        <source>{name} holds no worksheets.</source>
        <translation>{name} にはワークシートがありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/package_limits.py" line="347"/>
        <location filename="../../evaluator/inputs/read.py" line="195"/>
        <source>Sheet &apos;{sheet}&apos; of {name} cannot be read ({reason}).</source>
        <extracomment>A worksheet part&apos;s root element, within the first bytes (after the declaration, perhaps a namespace prefix).</extracomment>
        <translation>{name} のシート「{sheet}」を読み取れません ({reason})。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/read.py" line="257"/>
        <source>{name} cannot be read as a table: line {line}: {reason}.</source>
        <translation>{name} を表として読み込めません: {line} 行目: {reason}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/read.py" line="271"/>
        <source>{name} is not a text CSV file.</source>
        <translation>{name} はテキスト形式の CSV ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/read.py" line="281"/>
        <source>{name} is not a text CSV file (its character encoding cannot be recognised).</source>
        <translation>{name} はテキスト形式の CSV ファイルではありません (文字コードを認識できません)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/read.py" line="318"/>
        <source>{name} is password-protected. Save a copy without a password and open that.</source>
        <extracomment>Exceptions that mean &quot;stop&quot;, never &quot;this file is bad&quot;: they pass through every reader guard.</extracomment>
        <translation>{name} はパスワードで保護されています。パスワードなしでコピーを保存し、そのファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="230"/>
        <source>Sheet &apos;{sheet}&apos; has no row {row} to use as the header.</source>
        <translation>シート「{sheet}」には見出し行として使う {row} 行目がありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="236"/>
        <source>No header row found in sheet &apos;{sheet}&apos;: none of its first 20 rows holds three or more recognised column names (such as name, country, capacity_tpa, capex_musd, opex_usd_per_kg).</source>
        <translation>シート「{sheet}」に見出し行が見つかりません。先頭 20 行のいずれにも、認識できる列名 (name、country、capacity_tpa、capex_musd、opex_usd_per_kg など) が 3 つ以上含まれていません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="253"/>
        <source>elements (a list column, or one column per element such as Nd, Pr, Dy)</source>
        <translation>elements (リスト形式の列、または Nd、Pr、Dy など元素ごとの列)</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="256"/>
        <source>Sheet &apos;{sheet}&apos; lacks the required columns {columns} (header found on row {row}).</source>
        <translation>シート「{sheet}」に必須列 {columns} がありません (見出し行: {row} 行目)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="258"/>
        <source>Sheet &apos;{sheet}&apos; lacks the required column {columns} (header found on row {row}).</source>
        <translation>シート「{sheet}」に必須列 {columns} がありません (見出し行: {row} 行目)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="276"/>
        <source>Sheet &apos;{sheet}&apos;: the unit &apos;{unit}&apos; in the header of {column} is not one this app converts (use USD, JPY, AUD, CAD, EUR, GBP, CNY or KRW in millions or billions for capex, a currency per kg or t for opex, t/y or kt/y for capacity).</source>
        <translation>シート「{sheet}」: {column} の見出しの単位「{unit}」は、このアプリが換算できる単位ではありません（設備投資額は USD、JPY、AUD、CAD、EUR、GBP、CNY、KRW の百万または十億単位、操業費は通貨/kg または通貨/t、生産能力は t/y または kt/y を使ってください）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/package_limits.py" line="98"/>
        <source>{name} would inflate to {size} MB ({part}), beyond the {limit} MB this app reads: it is not a projects workbook, or it is damaged.</source>
        <translation>{name} は展開すると {size} MB（{part}）になり、このアプリが読み込める {limit} MB を超えます。プロジェクトのブックではないか、破損しています。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/package_limits.py" line="352"/>
        <source>Sheet &apos;{sheet}&apos; of {name} reaches cell {corner}: its used area of {rows} rows × {columns} columns is beyond the {limit} cells this app reads. A stray value far below or to the right of the data? Delete it (or clear those rows and columns) and save.</source>
        <translation>{name} のシート「{sheet}」はセル {corner} まで使われています。使用範囲 {rows} 行 × {columns} 列は、このアプリが読み込める {limit} セルを超えています。データのはるか下や右に値が残っていませんか。それを削除して（またはその行と列をクリアして）保存してください。</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="234"/>
        <source>{column} holds {value} where a number is expected.</source>
        <extracomment>Characters an Excel cell holds (Excel&apos;s specification limit): longer text is cut there, and said (issue 9.13). Longest text read as a number: ``-1,234,567,890,123.456789`` with a currency mark and spaces is under 40. What becomes of a cell that cannot be read as a number, as the end of its issue sentence says.</extracomment>
        <translation>{column} に数値ではなく {value} が入力されています。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="235"/>
        <source>{column} holds {value} where a number is expected; the value is ignored.</source>
        <translation>{column} に数値ではなく {value} が入力されています。この値は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="238"/>
        <source>{column} holds {value} where a number is expected; ignored.</source>
        <translation>{column} に数値ではなく {value} が入力されています。無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="242"/>
        <source>{column} holds a date where a number is expected.</source>
        <translation>{column} に数値ではなく日付が入力されています。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="243"/>
        <source>{column} holds a date where a number is expected; the value is ignored.</source>
        <translation>{column} に数値ではなく日付が入力されています。この値は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="246"/>
        <source>{column} holds a date where a number is expected; ignored.</source>
        <translation>{column} に数値ではなく日付が入力されています。無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="250"/>
        <source>{column} holds the Excel error {error}.</source>
        <translation>{column} に Excel のエラー {error} が含まれています。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="251"/>
        <source>{column} holds the Excel error {error}; the value is ignored.</source>
        <translation>{column} に Excel のエラー {error} が含まれています。この値は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="252"/>
        <source>{column} holds the Excel error {error}; ignored.</source>
        <translation>{column} に Excel のエラー {error} が含まれています。無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="256"/>
        <source>{column} &apos;{text}&apos; is ambiguous: a comma here is read as a thousands separator; write {suggestion}.</source>
        <translation>{column} の「{text}」はあいまいです。このカンマは桁区切りとして読み取られます。{suggestion} と入力してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="260"/>
        <source>{column} &apos;{text}&apos; is ambiguous: a comma here is read as a thousands separator; write {suggestion}; the value is ignored.</source>
        <translation>{column} の「{text}」はあいまいです。このカンマは桁区切りとして読み取られます。{suggestion} と入力してください。この値は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="265"/>
        <source>{column} &apos;{text}&apos; is ambiguous: a comma here is read as a thousands separator; write {suggestion}; ignored.</source>
        <translation>{column} の「{text}」はあいまいです。このカンマは桁区切りとして読み取られます。{suggestion} と入力してください。無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="273"/>
        <source>{column} is not a finite number.</source>
        <translation>{column} が有限の数値ではありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="274"/>
        <source>{column} is not a finite number; the value is ignored.</source>
        <translation>{column} が有限の数値ではありません。この値は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="275"/>
        <source>{column} is not a finite number; ignored.</source>
        <translation>{column} が有限の数値ではありません。無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="278"/>
        <source>{column} &apos;{text}&apos; is not a number.</source>
        <translation>{column} の「{text}」は数値ではありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="279"/>
        <source>{column} &apos;{text}&apos; is not a number; the value is ignored.</source>
        <translation>{column} の「{text}」は数値ではありません。この値は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/cells.py" line="280"/>
        <source>{column} &apos;{text}&apos; is not a number; ignored.</source>
        <translation>{column} の「{text}」は数値ではありません。無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="82"/>
        <source>Setting &apos;{name}&apos; ignored: {reason}.</source>
        <translation>設定「{name}」は無視されました: {reason}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="94"/>
        <source>Setting {name} is given twice; the later value is used.</source>
        <translation>設定 {name} が 2 回指定されています。後の値を使用します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="121"/>
        <source>The FX sheet has no header naming a currency column and a per_usd (or usd_per_unit) column; it is ignored and the bundled rates are used.</source>
        <translation>FX シートに通貨の列と per_usd（または usd_per_unit）の列を示す見出しがありません。このシートは無視し、同梱の為替レートを使います。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="136"/>
        <source>&apos;{value}&apos; is not a currency this app converts ({codes}); row ignored.</source>
        <translation>「{value}」はこのアプリが換算できる通貨（{codes}）ではありません。この行は無視します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="152"/>
        <source>The rate for {currency} is not a number above zero; the bundled rate is used.</source>
        <translation>{currency} のレートが 0 より大きい数値ではありません。同梱のレートを使います。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="179"/>
        <source>No header with country and governance_risk or aligned found; the sheet is ignored.</source>
        <translation>country と、governance_risk または aligned を含む見出しが見つかりません。このシートは無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="188"/>
        <source>&apos;{value}&apos; is not a recognised country; the row is ignored.</source>
        <translation>「{value}」は認識できる国名ではありません。この行は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="204"/>
        <source>{column} for {country} must be a number from 0 to 100; the reference value is kept.</source>
        <translation>{country} の {column} は 0～100 の数値である必要があります。参照データの値を維持します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="221"/>
        <source>{column} for {country} must be yes or no; the reference value is kept.</source>
        <translation>{country} の {column} は yes または no である必要があります。参照データの値を維持します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="232"/>
        <source>{country} is not in the bundled table and has no governance_risk here; the row is ignored.</source>
        <translation>{country} は同梱の参照表になく、このシートにも governance_risk がありません。この行は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="267"/>
        <source>No header with symbol and criticality or price_usd_per_kg found; the sheet is ignored.</source>
        <translation>symbol と、criticality または price_usd_per_kg を含む見出しが見つかりません。このシートは無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="278"/>
        <source>&apos;{value}&apos; is not one of the 17 rare-earth elements; the row is ignored.</source>
        <translation>「{value}」は 17 種のレアアース元素のいずれでもありません。この行は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/override_sheets.py" line="296"/>
        <source>{column} for {symbol} must be a number of zero or more; the reference value is kept.</source>
        <translation>{symbol} の {column} は 0 以上の数値である必要があります。参照データの値を維持します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="285"/>
        <source>The unit &apos;{unit}&apos; in the header of {column} is not one this app converts; the column is ignored.</source>
        <translation>{column} の見出しにある単位「{unit}」は、このアプリでは換算できません。この列は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="310"/>
        <source>Column {column} appears twice; the first one (column {letter}) is used.</source>
        <translation>列 {column} が 2 回出現しています。最初の列 ({letter} 列) を使用します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="321"/>
        <source>Columns not used by the method were ignored: {names} and {count} more.</source>
        <translation>評価手法で使用しない列は無視されました: {names} ほか {count} 列。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/validate.py" line="323"/>
        <source>Columns not used by the method were ignored: {names}.</source>
        <translation>評価手法で使用しない列は無視されました: {names}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/data_rows.py" line="157"/>
        <source>Row {row} (&apos;{name}&apos;) is hidden in the workbook and was skipped; choose to include hidden rows in the import to score it.</source>
        <translation>{row} 行目（「{name}」）はブックで非表示のため読み飛ばしました。評価するには、取り込み設定で非表示の行を含めてください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/data_rows.py" line="161"/>
        <source>no name</source>
        <translation>名称なし</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/data_rows.py" line="167"/>
        <source>Row {row} (&apos;{text}&apos;) is a totals row, not a project; skipped.</source>
        <translation>{row} 行目（「{text}」）はプロジェクトではなく合計行のため読み飛ばしました。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/data_rows.py" line="175"/>
        <source>Row {row} is a note (&apos;{text}&apos;), not a project; skipped.</source>
        <translation>{row} 行目はプロジェクトではなく注記（「{text}」）のため読み飛ばしました。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="34"/>
        <source>{column} holds a formula with no saved value ({formula}) — open and save the file in Excel or LibreOffice so that its results are stored.</source>
        <translation>{column} には計算結果が保存されていない数式があります（{formula}）。Excel または LibreOffice でファイルを開いて保存し、計算結果を保存してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="48"/>
        <source>{column} holds {length} characters, more than an Excel cell holds ({limit}); it is cut there, ending in “…”.</source>
        <translation>{column} は {length} 文字あり、Excel のセルに入る文字数（{limit}）を超えています。そこで切り、末尾を「…」にしました。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="47"/>
        <source>{column} is empty (or holds an Excel error).</source>
        <translation>{column} が空です (または Excel のエラーが含まれています)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="96"/>
        <source>{column} &apos;{value}&apos; is a range: its midpoint is the base {quantity}, and its ends fill the low and high estimates where they are empty.</source>
        <translation>{column} の &apos;{value}&apos; は範囲です: 中間値を {quantity} の基準値とし、両端を空欄の低位・高位見積もりに入れます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="59"/>
        <location filename="../../evaluator/inputs/checks_text.py" line="88"/>
        <source>{column} is empty.</source>
        <translation>{column} が空です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="52"/>
        <source>{column} must be above zero.</source>
        <translation>{column} は 0 より大きい値である必要があります。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="57"/>
        <source>{column} above 200,000 t/y is implausible for one facility; check the unit.</source>
        <translation>{column} が 200,000 t/y を超えるのは 1 施設の値として不自然です。単位を確認してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="74"/>
        <source>the element tonnages add up to {given} t/y, more than the {column} of {capacity} t/y.</source>
        <translation>元素別トン数の合計が {given} t/年で、{column} の {capacity} t/年を超えています。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="82"/>
        <source>{column} below 1 t/y is implausible; check the unit.</source>
        <translation>{column} が 1 t/y 未満なのは不自然です。単位を確認してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="110"/>
        <source>capex above 100,000 USD m is implausible for one facility; check the unit.</source>
        <translation>設備投資額 (capex) が 100,000 USD m を超えるのは 1 施設の値として不自然です。単位を確認してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="115"/>
        <source>{column} must not be negative.</source>
        <translation>{column} に負の値は指定できません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="120"/>
        <source>{column} is zero; check it is not missing.</source>
        <translation>{column} が 0 です。入力漏れでないか確認してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="129"/>
        <source>opex above 1,000 USD/kg is implausible; check the unit.</source>
        <translation>操業費 (opex) が 1,000 USD/kg を超えるのは不自然です。単位を確認してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="169"/>
        <source>capacity_tpa of {value} t/y is small for a separation plant (under 50 t/y): it looks 1000× too small. Was a thousands separator read as a decimal point, or is the unit kt/y?</source>
        <translation>capacity_tpa の {value} t/y は分離プラントとしては小さすぎます (50 t/y 未満)。1000 分の 1 になっている可能性があります。桁区切りが小数点として読まれたか、単位が kt/y ではありませんか?</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="183"/>
        <source>The levelised cost comes to about {lcop} USD/kg at the default discount rate and utilisation, above the 300 USD/kg any separated rare-earth product sells for: check the units of capex (USD m?), capacity (t/y, not kt/y?) and opex (USD/kg, not USD/t?).</source>
        <translation>既定の割引率と稼働率での均等化生産コストは約 {lcop} USD/kg となり、分離済みレアアース製品の販売価格 300 USD/kg を上回ります。capex (USD m?)、capacity (kt/y ではなく t/y?)、opex (USD/t ではなく USD/kg?) の単位を確認してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="200"/>
        <source>it looks too small: capex in USD bn read as USD m?</source>
        <translation>小さすぎるようです: USD bn の capex が USD m として読まれていませんか?</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="203"/>
        <source>it looks too large: capex in USD k or USD read as USD m?</source>
        <translation>大きすぎるようです: USD k または USD の capex が USD m として読まれていませんか?</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="208"/>
        <source>Capex per t/y of capacity is {intensity} USD, far outside {low}–{high} USD per t/y{median}; {cause}</source>
        <translation>生産能力 1 t/y あたりの capex は {intensity} USD で、{low}～{high} USD/(t/y){median} から大きく外れています。{cause}</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="215"/>
        <source> or the file&apos;s median of {median} USD</source>
        <translation> またはファイル内の中央値 {median} USD</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="67"/>
        <source>{column} &apos;{value}&apos; holds invisible characters ({characters}); they were removed.</source>
        <translation>{column}「{value}」に見えない文字（{characters}）が含まれていたため、取り除きました。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="79"/>
        <source>{column} &apos;{value}&apos; is already used on row {row}; ids must be unique.</source>
        <translation>{column} の「{value}」は {row} 行目で既に使用されています。ID は一意である必要があります。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="99"/>
        <source>{column} &apos;{value}&apos; means not known; the site country is required.</source>
        <translation>{column} の &apos;{value}&apos; は「不明」を意味します。立地国は必須です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="111"/>
        <source>&apos;{value}&apos; is not a recognised country.</source>
        <translation>「{value}」は認識できる国名ではありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="155"/>
        <source>&apos;{value}&apos; is not a recognised country; the feed country is treated as unknown.</source>
        <translation>「{value}」は認識できる国名ではありません。原料調達国は不明として扱います。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="169"/>
        <source>{column} &apos;{value}&apos; means not known: the feed risk is assumed, a point for due diligence.</source>
        <translation>{column} の &apos;{value}&apos; は「不明」を意味します: 原料リスクは仮定値となります (デューデリジェンスの確認事項)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="124"/>
        <source>{column} &apos;{value}&apos; names {count} feed countries without shares; each is read as an equal share.</source>
        <translation>{column}「{value}」は比率のない {count} か国の原料供給国を示しています。各国を等しい比率として読み取ります。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="141"/>
        <source>The feed shares in {column} &apos;{value}&apos; add up to {total}%; they are rescaled to 100%.</source>
        <translation>{column}「{value}」の原料供給比率の合計は {total}% です。合計 100% になるように換算します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="183"/>
        <source>{column} &apos;{value}&apos; is not one of {types}; it is left blank.</source>
        <translation>{column} の「{value}」は {types} のいずれでもないため、空欄として扱います。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="201"/>
        <source>{column} &apos;{value}&apos; is not one of {forms}; it is left blank.</source>
        <translation>{column} の「{value}」は {forms} のいずれでもないため、空欄として扱います。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="290"/>
        <source>No governance data for &apos;{country}&apos;; its country risk is assumed to be {risk} (add it to a Countries sheet to set it).</source>
        <translation>「{country}」のガバナンスデータがありません。カントリーリスクを {risk} と仮定します (値を設定するには Countries シートに追加してください)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="214"/>
        <source>{column} &apos;{value}&apos; names several steps; read as integrated.</source>
        <translation>{column} の「{value}」は複数の工程を示しています。integrated (一貫) として読み取ります。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="227"/>
        <source>{column} &apos;{value}&apos; is not one of concept, scoping, pfs, dfs, construction, commissioning, operating, on hold; it is left blank.</source>
        <translation>{column}「{value}」は concept、scoping、pfs、dfs、construction、commissioning、operating、on hold のいずれでもありません。空欄として扱います。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="135"/>
        <source>{column} is negative; the value is ignored.</source>
        <translation>{column} が負の値です。この値は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="144"/>
        <source>{column} ({value}) is above the base {quantity}; the range is ignored.</source>
        <translation>{column} ({value}) が基準値の {quantity} を上回っています。範囲は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="157"/>
        <source>{column} ({value}) is below the base {quantity}; the range is ignored.</source>
        <translation>{column} ({value}) が基準値の {quantity} を下回っています。範囲は無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="240"/>
        <source>{column} &apos;{value}&apos; is a range of years: the first year is used, as an approximation.</source>
        <translation>{column} の &apos;{value}&apos; は年の範囲です: 近似として最初の年を使用します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="254"/>
        <source>{column} {value} is not a year between 1950 and 2100; ignored.</source>
        <translation>{column} の {value} は 1950～2100 の範囲の年ではありません。無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_numbers.py" line="265"/>
        <source>{column} must be between {low} and {high}; ignored.</source>
        <translation>{column} は {low}～{high} の範囲である必要があります。無視されます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="246"/>
        <source>not rare-earth elements: {names}; the rest of the list is used.</source>
        <translation>レアアース元素ではない項目: {names}。リストの残りを使用します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="258"/>
        <source>{column} column holds &apos;{value}&apos;; write yes/no, x, 1/0 or tonnes per year (read as not produced).</source>
        <translation>{column} 列に「{value}」が入力されています。yes/no、x、1/0、または年間トン数で入力してください (生産なしとして読み取ります)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/checks_text.py" line="273"/>
        <source>No rare-earth element is listed for this project; its coverage score is 0.</source>
        <translation>このプロジェクトにはレアアース元素が記載されていません。カバレッジスコアは 0 になります。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/issues.py" line="240"/>
        <source>in column {column}</source>
        <extracomment>Issues listed one by one for one column of one sheet at one severity; the rest are counted in one closing line. A column wrong on every row of a long sheet says the same thing a million times (issue 9: a row repeated to the sheet&apos;s end made 1,048,585 issues, 25 s to load and a JSON export that ran out of memory). Issues listed in all; beyond, every further one is counted in its column&apos;s closing line. Worksheet rows with at least one error (left out of scoring).</extracomment>
        <translation>列 {column}</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/issues.py" line="242"/>
        <source>on this sheet</source>
        <translation>このシート</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/issues.py" line="245"/>
        <source>, rows {first} to {last}</source>
        <translation>、{first}〜{last} 行目</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/issues.py" line="251"/>
        <source>Not listed one by one: {more} {where}{rows} (the first {listed} are listed; every one is counted).</source>
        <translation>個別には表示していません: {where}{rows}の{more}（最初の {listed} 件を表示。すべて件数に数えています）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/value_sheets.py" line="95"/>
        <source>No header with {columns} found; the sheet is ignored.</source>
        <extracomment>A sheet: its key columns, then its value columns.</extracomment>
        <translation>{columns} の見出しが見つからないため、このシートは無視します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/value_sheets.py" line="126"/>
        <source>&apos;{value}&apos; is not a {column} the method knows; the row is ignored.</source>
        <translation>「{value}」は手法が認識する {column} ではないため、この行は無視します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/value_sheets.py" line="146"/>
        <source>{column} must be a number of at least {low}; the row is ignored.</source>
        <translation>{column} は {low} 以上の数値である必要があるため、この行は無視します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/value_sheets.py" line="148"/>
        <source>{column} must be a number from {low} to {high}; the row is ignored.</source>
        <translation>{column} は {low} から {high} までの数値である必要があるため、この行は無視します。</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/models.py" line="288"/>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="289"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="290"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="291"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="332"/>
        <source>Error (row left out of scoring) at {cell}: {message}</source>
        <translation>{cell} のエラー (行はスコア算出から除外): {message}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="334"/>
        <source>Note (row skipped on purpose) at {cell}: {message}</source>
        <translation>注記（意図して読み飛ばした行） {cell}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="336"/>
        <source>Warning (row kept) at {cell}: {message}</source>
        <translation>{cell} の警告 (行は保持): {message}</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../evaluator/base/wording.py" line="39"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>REE Processing Investment Evaluator</source>
        <extracomment>The window that replaced this one after a language change.</extracomment>
        <translation>REE 処理投資評価ツール</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Charts are loading…</source>
        <translation>グラフを読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Weights, filters and parameters</source>
        <translation>重み・フィルター・パラメーター</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>No workbook</source>
        <translation>ブックなし</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>workbook settings in force</source>
        <translation>適用中のワークブック設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Show the import report: every problem found in the workbook, by cell (Ctrl+3).</source>
        <translation>取込レポートを表示します。ブックで見つかったすべての問題をセルごとに一覧表示します (Ctrl+3)。</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="170"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Workbook Settings in force: {names}</source>
        <translation>ワークブックの Settings を適用中: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>The open workbook&apos;s Settings sheet sets these for this workbook only; opening another workbook restores your own values.
{values}</source>
        <translation>開いているワークブックの Settings シートが、このワークブックに限りこれらを設定しています。別のワークブックを開くと、ご自身の値に戻ります。
{values}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>{name} — REE Processing Investment Evaluator</source>
        <translation>{name} — REE 処理投資評価ツール</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>⚠ {errors}, {warnings}</source>
        <translation>⚠ {errors}、{warnings}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>{loaded} loaded · {ranked} ranked · {filtered} filtered · {errors} with errors</source>
        <translation>{loaded}を読込 · {ranked} 件を順位付け · {filtered} 件をフィルターで除外 · エラーあり {errors}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Methodology</source>
        <translation>評価手法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../../evaluator/model/import_choices.py" line="90"/>
        <source>header_row must be a worksheet row number (1 or more).</source>
        <extracomment>How a CSV file writes its numbers: &quot;1,234.5&quot; (english) or &quot;1.234,5&quot; (european).</extracomment>
        <translation>header_row はワークシートの行番号（1 以上）で指定してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/import_choices.py" line="92"/>
        <source>decimal_mark must be &apos;.&apos; or &apos;,&apos;.</source>
        <translation>decimal_mark は「.」または「,」で指定してください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/import_choices.py" line="97"/>
        <source>The column &apos;{column}&apos; is mapped to &apos;{target}&apos;, which is not one of: {valid}.</source>
        <translation>列「{column}」の割り当て先「{target}」は、次のいずれでもありません: {valid}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/mapping_file.py" line="22"/>
        <source>{where} must hold a JSON object.</source>
        <translation>{where} は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/mapping_file.py" line="26"/>
        <source>{where}: unknown key &apos;{key}&apos; (the keys are {keys}).</source>
        <translation>{where}: 不明なキー「{key}」です（使えるキー: {keys}）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/mapping_file.py" line="44"/>
        <source>{where}: &apos;{key}&apos; has the wrong kind of value ({value}).</source>
        <translation>{where}: 「{key}」の値の種類が正しくありません（{value}）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/mapping_file.py" line="51"/>
        <source>{where}: every entry of &apos;columns&apos; maps a header text to a field name.</source>
        <translation>{where}: 「columns」の各項目は、見出しの文字列を項目名に対応付けるものでなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/mapping_file.py" line="75"/>
        <source>The mapping file {name} is not UTF-8 text.</source>
        <translation>対応付けファイル {name} は UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/inputs/mapping_file.py" line="81"/>
        <source>{name} is not valid JSON (line {line}, column {column}).</source>
        <translation>{name} は正しい JSON ではありません（{line} 行 {column} 列）。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/menus.py" line="71"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="74"/>
        <source>&amp;Open workbook…</source>
        <translation>ブックを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>Open a projects workbook (.xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>プロジェクトのブック (.xlsx、.xlsm、.xls、.ods、.csv) を開きます。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="81"/>
        <source>&amp;Import with preview…</source>
        <translation>プレビューして取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="84"/>
        <source>Open a workbook after checking how it will be read: sheet, header row, units, columns.</source>
        <translation>シート、見出し行、単位、列の読み取り方を確認してからブックを開きます。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="90"/>
        <source>Load &amp;sample data</source>
        <translation>サンプルデータを読み込む(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="93"/>
        <source>Open the bundled illustrative workbook of 30 fictional facilities.</source>
        <translation>架空の 30 施設を収録した、同梱の説明用サンプルブックを開きます。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="98"/>
        <source>&amp;Export shortlist…</source>
        <translation>ショートリストをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="101"/>
        <source>Write the committee workbook: shortlist, all projects, coverage, issues, assumptions and charts.</source>
        <translation>委員会向けブック (ショートリスト、全プロジェクト、カバレッジ、問題、前提条件、グラフ) を書き出します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="105"/>
        <source>Export as &amp;PDF…</source>
        <translation>PDFとして書き出し(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="108"/>
        <source>Write the committee pack as a PDF: summary, shortlist, charts and assumptions.</source>
        <translation>委員会資料をPDFで書き出します：概要、ショートリスト、グラフ、前提条件。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="113"/>
        <source>Open s&amp;cenario…</source>
        <translation>シナリオを開く(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="116"/>
        <source>Load weights, method, filters and parameters from a scenario file (.json).</source>
        <translation>シナリオファイル (.json) から重み、手法、フィルター、パラメーターを読み込みます。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="120"/>
        <source>Sa&amp;ve scenario…</source>
        <translation>シナリオを保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="123"/>
        <source>Save the current weights, method, filters and parameters as a scenario file (.json).</source>
        <translation>現在の重み、手法、フィルター、パラメーターをシナリオファイル (.json) として保存します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="126"/>
        <source>Close the evaluator.</source>
        <translation>評価ツールを終了します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="133"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="138"/>
        <source>Project detail</source>
        <translation>プロジェクトの詳細</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="144"/>
        <source>Go to the ranked table</source>
        <translation>順位表へ移動</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="147"/>
        <source>Move the keyboard focus to the ranked projects.</source>
        <translation>キーボードのフォーカスを順位表に移します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="151"/>
        <source>Find project</source>
        <translation>プロジェクトを検索</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="154"/>
        <source>Jump to the search box above the table.</source>
        <translation>表の上にある検索ボックスに移動します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="158"/>
        <source>Next chart</source>
        <translation>次のチャート</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="161"/>
        <source>Show the next chart tab.</source>
        <translation>次のチャートタブを表示します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="165"/>
        <source>Previous chart</source>
        <translation>前のチャート</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="168"/>
        <source>Show the previous chart tab.</source>
        <translation>前のチャートタブを表示します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="170"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="172"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="178"/>
        <source>Show the application in {language}.</source>
        <translation>アプリケーションを {language} で表示します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="187"/>
        <source>&amp;Scoring</source>
        <translation>スコアリング(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="190"/>
        <source>Weighted sum (WSM)</source>
        <translation>加重和 (WSM)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="194"/>
        <source>Aggregate the three sub-scores with {method} (METHOD §3).</source>
        <translation>3 つのサブスコアを {method} で集約します (METHOD §3)。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="203"/>
        <source>&amp;Reset to defaults</source>
        <translation>既定値に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="206"/>
        <source>Restore METHOD.md&apos;s default weights, method, filters and parameters.</source>
        <translation>重み、手法、フィルター、パラメーターを METHOD.md の既定値に戻します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="211"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="214"/>
        <source>&amp;Methodology</source>
        <translation>評価手法(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="217"/>
        <source>How every number is computed, with the parameters in use now.</source>
        <translation>すべての数値の算出方法を、現在使用中のパラメーターとともに表示します。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="220"/>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="220"/>
        <source>Version, data sources and licences.</source>
        <translation>バージョン、データソース、ライセンスを表示します。</translation>
    </message>
</context>
<context>
    <name>MonteCarlo</name>
    <message>
        <location filename="../../evaluator/analysis/montecarlo.py" line="150"/>
        <source>No project was sampled.</source>
        <extracomment>Samples × projects per batch. Each half-batch has its own generator (seed, batch, half), so this number and ``MAX_BATCH_SAMPLES`` fix the random streams: changing either changes the results for a seed. Samples per batch at most, so progress moves and a cancel takes effect within a fraction of a second. Each batch runs as two halves on two threads (numpy releases the GIL in sorting and array arithmetic). Cells per block of arithmetic inside a half-batch (0.8 MB per float64 temporary, so they stay in cache); any value gives the same results. Ranks whose probability is kept per project (the columns of ``acceptability``): the chart shows 5, the workbook 10, the tables P(top 5), so at least 5; 50 leaves room at 8 B × 50 = 400 B per project (40 MB at 100,000 projects). Rank cells, projects × min(samples, projects), kept for the exact 5–95 % ranks, at most 4 B each (400 MB; 200 MB up to 65,536 projects). 20,000 projects × the default 5,000 samples fit (198 MB, 9 s WSM and 37 s TOPSIS on 2 cores), 10,000 projects any sample count, 200,000 projects at most 500 samples. Each further 100 million would cost another 200–400 MB and 10–40 s; beyond it the run is refused with one sentence. Cells per chunk of projects when the intervals and sums are read back from the kept ranks. (projects × kept ranks): P(rank = r + 1) for the first min(projects, KEPT_RANKS) ranks. How capex and opex were drawn: p10p90 (two-piece normal), triangular (v1) or off (METHOD.md §4). The data and parameters these samples were drawn for (issue 8.1: a stale result is never exported).</extracomment>
        <translation>サンプリングされたプロジェクトはありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/montecarlo.py" line="153"/>
        <source>Rank 1 ({name}) comes first in {share} of samples.</source>
        <translation>1 位（{name}）はサンプルの {share} で首位です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/montecarlo.py" line="157"/>
        <source>The most probable winner is {name} ({project_id}), first in {share}.</source>
        <translation>最も首位になりやすいのは {name}（{project_id}）で、{share} で首位です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/montecarlo.py" line="198"/>
        <source>Monte Carlo over {projects} projects and {samples} samples would keep {cells} ranks for the 5–95 % intervals (projects × the fewer of samples and projects), more than the limit of {limit}: use at most {most} samples or filter the projects.</source>
        <translation>{projects} 件のプロジェクトと {samples} 回のサンプルによるモンテカルロでは、5–95 % 区間のために {cells} 個の順位を保持することになり（プロジェクト数 × サンプル数とプロジェクト数の小さい方）、上限の {limit} を超えます。サンプル数を {most} 以下にするか、プロジェクトを絞り込んでください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/montecarlo.py" line="205"/>
        <source>Monte Carlo over {projects} projects would keep more ranks than the limit of {limit} even with one sample: filter the projects.</source>
        <translation>{projects} 件のプロジェクトによるモンテカルロでは、サンプル 1 回でも保持する順位が上限の {limit} を超えます。プロジェクトを絞り込んでください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/montecarlo.py" line="266"/>
        <source>{done} of {samples} samples</source>
        <translation>{done} / {samples} サンプル</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/robustness.py" line="38"/>
        <source>Monte Carlo: {progress}</source>
        <translation>モンテカルロ: {progress}</translation>
    </message>
</context>
<context>
    <name>MonteCarloView</name>
    <message>
        <location filename="../../ui/robustness.py" line="246"/>
        <source>Run Monte Carlo</source>
        <translation>モンテカルロを実行</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="247"/>
        <source>Sample weights around yours (Dirichlet) and capex/opex within their ranges (triangular); count how often each project takes each rank (METHOD §4).</source>
        <translation>現在の重みの周辺で重みを (Dirichlet 分布)、範囲内で設備投資額・操業費を (三角分布) サンプリングし、各プロジェクトが各順位になる頻度を集計します (METHOD §4)。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="253"/>
        <source>Samples</source>
        <translation>サンプル数</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="254"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="276"/>
        <source>Rank acceptability</source>
        <translation>順位受容度</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="277"/>
        <source>Rank intervals</source>
        <translation>順位区間</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="294"/>
        <source>Nothing to sample: no project is ranked.</source>
        <translation>サンプリングできません。順位付けされたプロジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="298"/>
        <source>Sampling {count} scenarios…</source>
        <translation>{count} 件のシナリオをサンプリング中…</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="313"/>
        <source>{samples} samples, seed {seed}, α = {alpha}; {capex} capex and {opex} opex ranges sampled. {winner}</source>
        <translation>{samples} サンプル、シード {seed}、α = {alpha}。設備投資 {capex} 件・操業費 {opex} 件の範囲をサンプリング。{winner}</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location filename="../../evaluator/base/atomic.py" line="39"/>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} は存在しません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/atomic.py" line="44"/>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>{folder} に書き込めません: {reason}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/atomic.py" line="59"/>
        <source>Cannot replace {name}: {reason}. Is it open in another program?</source>
        <translation>{name} を置き換えられません: {reason}。別のプログラムで開いていませんか?</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/atomic.py" line="77"/>
        <location filename="../../evaluator/base/atomic.py" line="135"/>
        <source>Cannot write {name}: {reason}.</source>
        <extracomment>Read once at import, on the main thread: os.umask() cannot be read without briefly changing it.</extracomment>
        <translation>{name} を書き込めません: {reason}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/atomic.py" line="83"/>
        <source>{name} exists and is a folder, not a file: choose a file name (nothing was written).</source>
        <translation>{name} は既に存在し、ファイルではなくフォルダーです。ファイル名を指定してください (何も書き込んでいません)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/atomic.py" line="85"/>
        <source>{name} exists and is a device, pipe or socket, not a file: choose a file name (nothing was written).</source>
        <translation>{name} は既に存在し、ファイルではなくデバイス、パイプまたはソケットです。ファイル名を指定してください (何も書き込んでいません)。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../../evaluator/base/file_checks.py" line="80"/>
        <source>The output {output} is the input {input}: writing it would destroy the input. Choose another file name (nothing was written).</source>
        <translation>出力先 {output} は入力 {input} と同じです。書き込むと入力が失われます。別のファイル名を選んでください（何も書き込んでいません）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/base/file_checks.py" line="89"/>
        <source>{first} and {second} are the same file: give each output its own name (nothing was written).</source>
        <translation>{first} と {second} は同じファイルです。出力ごとに別の名前を付けてください（何も書き込んでいません）。</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="304"/>
        <source>Aggregation method: wsm (weighted sum) or topsis (METHOD.md §3).</source>
        <translation>集約方法: wsm (加重和) または topsis (METHOD.md §3)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="310"/>
        <source>Weight of the cost sub-score (normalised with the other two to sum to 1).</source>
        <translation>コストのサブスコアの重み (他の 2 つと合わせて合計 1 に正規化)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="315"/>
        <source>Weight of the geopolitical-risk sub-score.</source>
        <translation>地政学リスクのサブスコアの重み。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="320"/>
        <source>Weight of the element-coverage sub-score.</source>
        <translation>元素カバレッジのサブスコアの重み。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="325"/>
        <source>Real discount rate r in the capital recovery factor.</source>
        <translation>資本回収係数 (CRF) の実質割引率 r。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="331"/>
        <source>Economic life n in years in the capital recovery factor.</source>
        <translation>資本回収係数 (CRF) の経済耐用年数 n (年)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="337"/>
        <source>Capacity utilisation u applied to nameplate capacity in LCOP.</source>
        <translation>LCOP の計算で公称生産能力に適用する稼働率 u。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="343"/>
        <source>Cost normalisation: minmax over the projects scored, or absolute between lcop_lo and lcop_hi.</source>
        <translation>コストの正規化: minmax (評価対象プロジェクト間の最小–最大) または absolute (lcop_lo～lcop_hi の絶対尺度)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="353"/>
        <source>LCOP (USD/kg) that scores 100 under absolute normalisation.</source>
        <translation>絶対尺度の正規化でスコア 100 となる LCOP (USD/kg)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="359"/>
        <source>LCOP (USD/kg) that scores 0 under absolute normalisation.</source>
        <translation>絶対尺度の正規化でスコア 0 となる LCOP (USD/kg)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="366"/>
        <source>Cost sub-score basis: value (cost per dollar of value added, METHOD.md §2.1) or lcop (version 1).</source>
        <translation>コスト部分スコアの基準：value（付加価値 1 ドルあたりのコスト、METHOD.md §2.1）または lcop（バージョン 1）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="375"/>
        <source>Price deck of separated-oxide prices used for the basket price (Prices table, §2.1).</source>
        <translation>バスケット価格に用いる分離酸化物価格のデッキ（Prices 表、§2.1）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="383"/>
        <source>Cost-to-value ratio k (LCOP / value added) that scores 100.</source>
        <translation>スコア 100 となるコスト対価値比 k（LCOP / 付加価値）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="389"/>
        <source>Cost-to-value ratio k (LCOP / value added) that scores 0.</source>
        <translation>スコア 0 となるコスト対価値比 k（LCOP / 付加価値）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="395"/>
        <source>REO content per tonne of NdFeB magnet, converting capacity given in t magnet/y (§1).</source>
        <translation>NdFeB 磁石 1 トンあたりの REO 含有量。t 磁石/年で与えられた能力の換算に使用（§1）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="404"/>
        <source>Coverage sub-score basis: gap (expected tonnes against the allied supply gap, §2.3) or binary (v1).</source>
        <translation>カバレッジ部分スコアの基準：gap（同盟国供給ギャップに対する期待トン数、§2.3）または binary（v1）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="413"/>
        <source>Target year: a project starting later delivers nothing toward the gap (§2.3).</source>
        <translation>目標年：これより後に開始するプロジェクトはギャップに寄与しない（§2.3）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="421"/>
        <source>Schedule risk: expected tonnes take the stage&apos;s delivery probability (no: every project delivers).</source>
        <translation>スケジュールリスク：期待トン数に段階の実現確率を掛ける（no：全プロジェクトが実現するとみなす）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="430"/>
        <source>Credit toward the oxide gap of a concentrate or mixed product, still to be separated.</source>
        <translation>まだ分離が必要な精鉱・混合製品が酸化物ギャップに対して得るクレジット。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="438"/>
        <source>γ: the share of an element&apos;s gap a project must close alone to earn full credit (§2.3).</source>
        <translation>γ：満点を得るために 1 プロジェクトが単独で埋めるべき元素ギャップの割合（§2.3）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="447"/>
        <source>TOPSIS reference points: fixed (ideal 100, anti-ideal 0) or observed (version 1: column max and min).</source>
        <translation>TOPSIS の基準点：fixed（理想 100、反理想 0）または observed（バージョン 1：列の最大・最小）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="457"/>
        <source>JPY per USD used to convert capex and opex given in JPY.</source>
        <translation>JPY で示された設備投資額と操業費の換算に使う、1 USD あたりの円。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="463"/>
        <source>AUD per USD used to convert capex and opex given in A$.</source>
        <translation>A$ で示された設備投資額と操業費の換算に使う、1 USD あたりの豪ドル。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="469"/>
        <source>CAD per USD used to convert capex and opex given in C$.</source>
        <translation>C$ で示された設備投資額と操業費の換算に使う、1 USD あたりのカナダドル。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="475"/>
        <source>EUR per USD used to convert capex and opex given in EUR.</source>
        <translation>EUR で示された設備投資額と操業費の換算に使う、1 USD あたりのユーロ。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="481"/>
        <source>GBP per USD used to convert capex and opex given in GBP.</source>
        <translation>GBP で示された設備投資額と操業費の換算に使う、1 USD あたりの英ポンド。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="487"/>
        <source>CNY per USD used to convert capex and opex given in CNY.</source>
        <translation>CNY で示された設備投資額と操業費の換算に使う、1 USD あたりの人民元。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="493"/>
        <source>KRW per USD used to convert capex and opex given in KRW.</source>
        <translation>KRW で示された設備投資額と操業費の換算に使う、1 USD あたりのウォン。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="499"/>
        <source>Discount a on country risk for aligned countries: R × (1 − a).</source>
        <translation>同盟・友好国のカントリーリスクに適用する割引 a: R × (1 − a)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="505"/>
        <source>ISO3 code of the dominant supplier, whose country risk is set to 100 (&apos;none&apos; to disable).</source>
        <translation>支配的供給国の ISO3 コード。この国のカントリーリスクは 100 に設定されます (無効にするには「none」)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="513"/>
        <source>Share s of site-country risk in project risk; feed country takes 1 − s.</source>
        <translation>プロジェクトリスクに占める立地国リスクの比重 s (原料調達国は 1 − s)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="519"/>
        <source>Unknown feed country: feed risk assumed max(site risk, this floor).</source>
        <translation>原料調達国が不明な場合、原料リスクを max(立地国リスク, この下限値) と仮定します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="525"/>
        <source>Filter: leave out projects whose project risk exceeds this (0–100); empty for no limit.</source>
        <translation>フィルター: プロジェクトリスクがこの値 (0～100) を超えるプロジェクトを除外します。空欄の場合は制限なし。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="533"/>
        <source>Filter: only these stages (empty for all).</source>
        <translation>フィルター: 指定した段階のみ (空欄の場合はすべて)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="539"/>
        <source>Filter: only these facility types (empty for all).</source>
        <translation>フィルター: 指定した施設タイプのみ (空欄の場合はすべて)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="545"/>
        <source>Filter: only projects producing every one of these elements.</source>
        <translation>フィルター: 指定した元素をすべて生産するプロジェクトのみ。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="551"/>
        <source>Filter: leave out projects sited in these countries (ISO3).</source>
        <translation>フィルター: 指定した国 (ISO3) に立地するプロジェクトを除外します。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="557"/>
        <source>Number of projects on the exported shortlist.</source>
        <translation>エクスポートするショートリストのプロジェクト数。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="564"/>
        <source>Monte Carlo: number of samples (METHOD.md §4).</source>
        <translation>モンテカルロ: サンプル数 (METHOD.md §4)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="570"/>
        <source>Monte Carlo: random seed; the same seed gives the same results.</source>
        <translation>モンテカルロ: 乱数シード。同じシードからは同じ結果が得られます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="576"/>
        <source>Monte Carlo: Dirichlet concentration α; weights ~ Dirichlet(α·w), larger = closer to w.</source>
        <translation>モンテカルロ: Dirichlet 分布の集中度 α。重み ~ Dirichlet(α·w)、大きいほど w に近くなります。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="584"/>
        <source>Monte Carlo capex and opex draws: p10p90 (two-piece normal, low/high as P10/P90), triangular (v1), off.</source>
        <translation>モンテカルロの設備投資・操業費の抽出：p10p90（低/高を P10/P90 とする二分正規分布）、triangular（v1）、off。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="593"/>
        <source>Monte Carlo: one lognormal capex factor per sample shared by all projects (overruns move together).</source>
        <translation>モンテカルロ：全プロジェクト共通の対数正規設備投資係数をサンプルごとに 1 つ（超過は連動する）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="602"/>
        <source>Monte Carlo: σ of the common capex factor&apos;s logarithm (median 1).</source>
        <translation>モンテカルロ：共通設備投資係数の対数の σ（中央値 1）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="608"/>
        <source>Monte Carlo: draw each element&apos;s price per sample, the same for every project (a market).</source>
        <translation>モンテカルロ：元素ごとの価格をサンプルごとに抽出し、全プロジェクトで共通とする（市場）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="616"/>
        <source>Monte Carlo: σ of each element&apos;s price factor&apos;s logarithm (median 1).</source>
        <translation>モンテカルロ：各元素の価格係数の対数の σ（中央値 1）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="622"/>
        <source>Monte Carlo: each project delivers with its probability π, or nothing, in each sample.</source>
        <translation>モンテカルロ：各サンプルで各プロジェクトは確率 π で実現し、さもなければ何も供給しない。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="632"/>
        <source>Portfolio: total capex budget in USD million (METHOD.md §5).</source>
        <translation>ポートフォリオ: 設備投資額の総予算 (百万 USD、METHOD.md §5)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="638"/>
        <source>Portfolio: at most this many projects (empty for no limit).</source>
        <translation>ポートフォリオ: 最大プロジェクト数 (空欄の場合は制限なし)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="644"/>
        <source>Portfolio: at most this many projects per host country (empty for no limit).</source>
        <translation>ポートフォリオ: 立地国 1 か国あたりの最大プロジェクト数 (空欄の場合は制限なし)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="650"/>
        <source>Portfolio: each critical element produced in at least this many countries (0 = off).</source>
        <translation>ポートフォリオ: 各重要元素を生産する国の最低数 (0 = オフ)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="658"/>
        <source>Portfolio: the critical elements the redundancy rule applies to.</source>
        <translation>ポートフォリオ: 冗長性ルールを適用する重要元素。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="746"/>
        <source>&apos;{name}&apos; is not a preset; presets are {known}.</source>
        <extracomment>Each parameter&apos;s spec, in field order (the order of the Settings sheet, the template and the Assumptions sheet). What each parameter means, in METHOD.md&apos;s terms (English): the Assumptions sheet, the template and tooltips. Every numeric parameter with a range, in field order (the order their checks run). Parameters stored as fractions that a person may write as a percentage (&quot;8 %&quot; → 0.08). The parameters whose None means &quot;no limit&quot; (METHOD.md §3 filters, §5 portfolio): those that default to None. The yes/no parameters. METHOD.md v2 §7: named sets of values. ``v1`` reproduces version 1&apos;s numbers on a version-1 workbook (the risk settings of §7 arrive with §2.2, the next issue; until then risk is version 1&apos;s in every preset).</extracomment>
        <translation>&apos;{name}&apos; はプリセットではありません。プリセットは {known} です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="784"/>
        <source>&apos;{name}&apos; is not a parameter; known parameters are {known}.</source>
        <translation>「{name}」はパラメータではありません。使用できるパラメータ: {known}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="56"/>
        <source>expected a number, got {value}</source>
        <extracomment>METHOD.md v2 §2.1 ``cost_basis``: cost per dollar of value added (v2) or LCOP alone (v1). METHOD.md v2 §2.3 ``coverage_basis``: expected tonnes against the gap (v2) or the share of elements listed (v1). METHOD.md v2 §3 ``topsis_reference``: fixed ideal 100 / anti-ideal 0 (v2) or the observed column max/min (v1). METHOD.md v2 §4 ``mc_costs``: capex and opex drawn from a two-piece normal through P10/P90 (v2), a triangular distribution over low/base/high (v1), or not drawn.</extracomment>
        <translation>数値が必要ですが、{value} が指定されました</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="66"/>
        <source>expected a number, got &apos;{value}&apos;</source>
        <translation>数値が必要ですが、「{value}」が指定されました</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="71"/>
        <source>expected a finite number, got &apos;{value}&apos;</source>
        <translation>有限の数値が必要ですが、「{value}」が指定されました</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="93"/>
        <source>expected a whole number, got &apos;{value}&apos;</source>
        <translation>整数が必要ですが、「{value}」が指定されました</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="104"/>
        <source>expected one of {options}, got &apos;{value}&apos;</source>
        <translation>{options} のいずれかが必要ですが、「{value}」が指定されました</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="136"/>
        <source>&apos;{item}&apos; is not a {kind}; expected {options}</source>
        <translation>「{item}」は {kind} ではありません。{options} のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="153"/>
        <source>not rare-earth elements: {unknown}</source>
        <translation>レアアース元素ではありません: {unknown}</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="184"/>
        <source>&apos;{value}&apos; is not a country</source>
        <translation>「{value}」は国ではありません</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="221"/>
        <source>expected yes or no, got &apos;{value}&apos;</source>
        <translation>yes か no が必要ですが &apos;{value}&apos; でした</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="229"/>
        <source>a price deck needs a name</source>
        <translation>価格デッキには名前が必要です</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="828"/>
        <source>{name} must be yes or no, not {value}.</source>
        <translation>{name} は yes か no でなければなりません（{value} ではなく）。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="833"/>
        <source>price_deck must name a price deck.</source>
        <translation>price_deck は価格デッキの名前でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="836"/>
        <source>weights must be zero or positive numbers.</source>
        <translation>重みは 0 以上の数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="838"/>
        <source>at least one weight must be above zero.</source>
        <translation>少なくとも 1 つの重みは 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="853"/>
        <source>lcop_lo ({low}) must be below lcop_hi ({high}).</source>
        <translation>lcop_lo ({low}) は lcop_hi ({high}) より小さくなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="859"/>
        <source>k_lo ({low}) must be below k_hi ({high}).</source>
        <translation>k_lo ({low}) は k_hi ({high}) より小さくなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="863"/>
        <source>top_n must be a whole number of at least 1, not {value}.</source>
        <translation>top_n は 1 以上の整数でなければなりません ({value} が指定されました)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="875"/>
        <source>exclude_countries must be a set of ISO3 codes.</source>
        <translation>exclude_countries は ISO3 コードの集合でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="881"/>
        <source>{name} must be one of {options}, not &apos;{value}&apos;.</source>
        <translation>{name} は {options} のいずれかでなければなりません (「{value}」が指定されました)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="887"/>
        <source>{name} must be a set drawn from {allowed}.</source>
        <translation>{name} は {allowed} から選んだ集合でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="895"/>
        <source>{name} must be a whole number from {low} to {high}, not {value}.</source>
        <translation>{name} は {low} 以上 {high} 以下の整数でなければなりません ({value} が指定されました)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="906"/>
        <source>above {low}</source>
        <translation>{low} より大きい値</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="906"/>
        <source>at least {low}</source>
        <translation>{low} 以上</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="912"/>
        <source> and below {high}</source>
        <translation>かつ {high} 未満</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="914"/>
        <source> and at most {high}</source>
        <translation>かつ {high} 以下</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/parameters.py" line="918"/>
        <source>{name} must be {low_text}{high_text}, not {value}.</source>
        <translation>{name} は {low_text}{high_text}でなければなりません ({value} が指定されました)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/breakdown.py" line="85"/>
        <source>price_deck: &apos;{deck}&apos; is not a price deck; decks are {decks}.</source>
        <extracomment>What a project without a form is taken to make and to buy (flag ``form_assumed``): a separation plant&apos;s forms, the commonest plant screened and the price basis itself (docs/implementation-notes.md, &quot;forms&quot;).</extracomment>
        <translation>price_deck：&apos;{deck}&apos; は価格デッキではありません。デッキは {decks} です。</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../evaluator/analysis/portfolio/constraints.py" line="61"/>
        <source>The portfolio budget must be a number above 0 USD m, not {value}.</source>
        <extracomment>Default critical elements for the redundancy constraint: the magnet elements (METHOD.md §2&apos;s highest weights). Values of :attr:`PortfolioResult.status`. Relative slack on the budget (a set costing ``budget·(1 + BUDGET_TOLERANCE)`` fits): absorbs float rounding in sums such as 0.1 + 0.2, so that a set that fits the budget on paper is never refused. Coverage values closer than this share of Σc count as equal (float rounding of the same subset sum). δ is never taken below this share of Σc, so the coverage weights stay within ~1e6 of the tie-break weights.</extracomment>
        <translation>ポートフォリオの予算は 0 USD m より大きい数値でなければなりません ({value} が指定されました)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/constraints.py" line="69"/>
        <source>{name} must be a whole number of at least 1 or None, not {value}.</source>
        <translation>{name} は 1 以上の整数または None でなければなりません ({value} が指定されました)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/constraints.py" line="76"/>
        <source>min_countries must be a whole number of at least 0, not {value}.</source>
        <translation>min_countries は 0 以上の整数でなければなりません ({value} が指定されました)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/constraints.py" line="84"/>
        <source>critical must hold element symbols; not symbols: {unknown}.</source>
        <translation>critical には元素記号を指定してください。元素記号ではないもの: {unknown}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/constraints.py" line="95"/>
        <source>No portfolio budget is set (portfolio_budget_musd), so no portfolio can be built.</source>
        <translation>ポートフォリオの予算 (portfolio_budget_musd) が設定されていないため、ポートフォリオを構築できません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/build.py" line="52"/>
        <source>No scored project has a usable capex, so no portfolio can be built.</source>
        <translation>有効な設備投資額を持つ評価対象プロジェクトがないため、ポートフォリオを構築できません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/build.py" line="56"/>
        <source>There are no scored projects to build a portfolio from.</source>
        <translation>ポートフォリオを構築するための評価対象プロジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/build.py" line="64"/>
        <source>No candidate fits the budget of {budget}; the cheapest costs {cheapest}.</source>
        <translation>予算 {budget} に収まる候補がありません。最も安価な候補は {cheapest} です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/build.py" line="72"/>
        <source>No set of projects within the budget and limits covers each of {elements} in at least {countries}.</source>
        <translation>予算と制約の範囲内で、{elements} のそれぞれを少なくとも {countries}でカバーするプロジェクトの組み合わせはありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/build.py" line="78"/>
        <source>The solver reached the {limit} s time limit before finding a portfolio that meets the limits.</source>
        <translation>制約を満たすポートフォリオが見つかる前に、ソルバーが制限時間 ({limit} 秒) に達しました。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/build.py" line="84"/>
        <source>The solver stopped at the {limit} s time limit before proving it optimal:</source>
        <translation>ソルバーは最適性を証明する前に制限時間 ({limit} 秒) で停止しました:</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="109"/>
        <source>{element} is produced in no country</source>
        <translation>{element} の生産国はゼロ</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="111"/>
        <source>{element} is produced in only {countries}</source>
        <translation>{element} の生産国は {countries}のみ</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="115"/>
        <source>{element} in no country</source>
        <translation>{element} はゼロ</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="117"/>
        <source>{element} in only {countries}</source>
        <translation>{element} は {countries}のみ</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="123"/>
        <source>{first} and {last}</source>
        <translation>{first}、{last}</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="126"/>
        <source>{listing} among the candidates; at least {d} are required.</source>
        <translation>候補の中では、{listing}です。少なくとも {d} か国が必要です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="129"/>
        <source>{listing} among the candidates; at least {d} are required for each.</source>
        <translation>候補の中では、{listing}です。各元素について少なくとも {d} か国が必要です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="135"/>
        <source>Covering the critical elements in {countries} needs at least {projects}, but at most {k} is allowed.</source>
        <translation>重要元素を {countries}でカバーするには少なくとも{projects}が必要ですが、許容される上限は {k} 件です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="140"/>
        <source>Covering the critical elements in {countries} needs at least {projects}, but at most {k} are allowed.</source>
        <translation>重要元素を {countries}でカバーするには少なくとも{projects}が必要ですが、許容される上限は {k} 件です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/candidates.py" line="154"/>
        <source>Covering {element} in {countries} costs at least {cost}, above the budget of {budget}.</source>
        <translation>{element} を {countries}でカバーするには少なくとも {cost} が必要で、予算 {budget} を超えます。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/report.py" line="206"/>
        <source>{projects} cover {coverage} % of the criticality-weighted elements for {capex} of the {budget} budget; picking by rank gives {baseline} %.</source>
        <extracomment>The data and parameters this portfolio was built for (issue 8.1: a stale result is never exported).</extracomment>
        <translation>{projects}で、予算 {budget} のうち {capex} を使い、重要度で加重した元素の {coverage}% をカバーします。順位順に選んだ場合は {baseline}% です。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/report.py" line="241"/>
        <source>{shown} and {more} more</source>
        <translation>{shown} ほか {more} 件</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/report.py" line="242"/>
        <source>Left out for a missing or invalid capex: {projects}.</source>
        <translation>設備投資額が欠落または無効のため除外: {projects}。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/portfolio/constraints.py" line="129"/>
        <source>{value} USD m</source>
        <translation>{value} USD m</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/robustness.py" line="340"/>
        <source>Build portfolio</source>
        <translation>ポートフォリオを構築</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="341"/>
        <source>Choose the set of projects that covers the critical elements best within the budget and limits, solved exactly (MILP, METHOD §5).</source>
        <translation>予算と制約の範囲内で重要元素を最もよくカバーするプロジェクトの組み合わせを、厳密解法で選びます (MILP、METHOD §5)。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="347"/>
        <source>Budget (USD m)</source>
        <translation>予算 (USD m)</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="348"/>
        <source>Max projects</source>
        <translation>最大プロジェクト数</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="349"/>
        <source>Per country</source>
        <translation>1 か国あたり</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="350"/>
        <source>Critical in ≥ countries</source>
        <translation>重要元素の最低生産国数</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="352"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="353"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="356"/>
        <source>Critical elements:</source>
        <translation>重要元素:</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="362"/>
        <source>{name}: count it as critical for the &apos;in ≥ countries&apos; rule.</source>
        <translation>{name}: 「最低生産国数」ルールの対象となる重要元素として扱います。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="374"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="375"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="376"/>
        <source>Country</source>
        <translation>立地国</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="377"/>
        <source>Capex (USD m)</source>
        <translation>設備投資額 (USD m)</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="378"/>
        <source>Adds</source>
        <translation>追加カバレッジ</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="379"/>
        <source>Only it gives</source>
        <translation>唯一の供給元素</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="385"/>
        <source>portfolio projects</source>
        <translation>ポートフォリオのプロジェクト</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="395"/>
        <source>Coverage before and after</source>
        <translation>最適化前後のカバレッジ</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="396"/>
        <source>Chosen projects</source>
        <translation>選択されたプロジェクト</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="438"/>
        <source>No project is ranked.</source>
        <translation>順位付けされたプロジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="446"/>
        <source>Solving the portfolio (HiGHS)…</source>
        <translation>ポートフォリオを求解中 (HiGHS)…</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="475"/>
        <source>Binding: {limits}.</source>
        <translation>拘束条件: {limits}。</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../evaluator/scoring/provenance.py" line="84"/>
        <source>The {analysis} result was computed for other data or other parameters; run it again before exporting.</source>
        <translation>{analysis} の結果は別のデータまたは別のパラメータで計算されたものです。エクスポートする前に再実行してください。</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="106"/>
        <source>The one loaded project was scored; no filter removed it.</source>
        <extracomment>Overall scores (and LCOPs) equal to this many decimals tie; broken by LCOP, then project_id (METHOD.md §3). Columns of :attr:`Ranking.table`, in display order: every column the spec declares (issue 10.5). The capital recovery factor the LCOP used (METHOD.md §2.1), so an explanation or a sheet quotes it, never recomputes it from parameters that might since have changed (issue 10.4). ``R_c`` per ISO3 as scored (METHOD.md §2.2): governance risk after the alignment discount, the dominant supplier at 100. Projects × elements over all dataset rows (METHOD.md v2): ``tonnes`` t_e (nameplate t/y REO, given or estimated), ``expected_tonnes`` E_e in the target year, ``gap`` g_e at the project&apos;s chain stage.</extracomment>
        <translation>読み込んだ 1 件のプロジェクトのスコアを算出しました。フィルターによる除外はありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="107"/>
        <source>All {count} loaded projects were scored; no filter removed any.</source>
        <translation>読み込んだ {count} 件すべてのプロジェクトのスコアを算出しました。フィルターによる除外はありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="111"/>
        <source>{count} {reason}</source>
        <translation>{reason}: {count} 件</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="115"/>
        <source>{scored} of {loaded} scored; {total} filtered out ({reasons}).</source>
        <translation>{loaded}中 {scored} 件のスコアを算出し、{total} 件をフィルターで除外しました ({reasons})。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="137"/>
        <source>No governance data for {country}: site country risk assumed {risk}.</source>
        <translation>{country} のガバナンスデータなし: 立地国のカントリーリスクを {risk} と仮定。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="143"/>
        <source>Feed country unknown: feed risk assumed max(site risk, {floor}) = {risk}.</source>
        <translation>原料調達国が不明: 原料リスクを max(立地国リスク, {floor}) = {risk} と仮定。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="148"/>
        <source>No rare-earth element listed: coverage score 0.</source>
        <translation>レアアース元素の記載なし: カバレッジスコアは 0。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="151"/>
        <source>Tonnage per element not given for every element: the rest shared by typical shares.</source>
        <translation>一部の元素のトン数が示されていません：残りは典型的な構成比で配分しました。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="157"/>
        <source>Product form not known: valued as {output} made from {input}.</source>
        <translation>製品形態が不明です：{input} から {output} を製造するものとして評価しました。</translation>
    </message>
    <message>
        <location filename="../../evaluator/scoring/ranking.py" line="163"/>
        <source>No stage given: delivery probability of a DFS-stage project assumed.</source>
        <translation>段階が示されていません：DFS 段階のプロジェクトの実現確率を仮定しました。</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../ui/models.py" line="213"/>
        <source>none listed</source>
        <extracomment>The table&apos;s columns: the spec&apos;s :data:`~evaluator.model.columns.TABLE_VIEW` (heading, tooltip, kind, width). Visible rows in row order, None when every row is (no search): read by RankingProxy for each row.</extracomment>
        <translation>記載なし</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="214"/>
        <source>{name}
Elements: {elements}</source>
        <translation>{name}
元素: {elements}</translation>
    </message>
</context>
<context>
    <name>RankingTable</name>
    <message>
        <location filename="../../ui/ranking_table.py" line="38"/>
        <source>Search projects by name, sponsor, country or ID  (Ctrl+F)</source>
        <extracomment>After the last change of a burst, the summary says how firm rank 1 is (the charts&apos; coalescing delay).</extracomment>
        <translation>名前・スポンサー・国・ID でプロジェクトを検索  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/ranking_table.py" line="40"/>
        <source>search projects</source>
        <translation>プロジェクト検索</translation>
    </message>
    <message>
        <location filename="../../ui/ranking_table.py" line="41"/>
        <source>Show only projects whose name, sponsor, country or ID contains this text.</source>
        <translation>名前、スポンサー、国、ID にこの文字列を含むプロジェクトのみを表示します。</translation>
    </message>
    <message>
        <location filename="../../ui/ranking_table.py" line="52"/>
        <source>ranking summary</source>
        <translation>順位付けの概要</translation>
    </message>
    <message>
        <location filename="../../ui/ranking_table.py" line="71"/>
        <source>ranked projects</source>
        <translation>順位付けされたプロジェクト</translation>
    </message>
    <message>
        <location filename="../../ui/ranking_table.py" line="106"/>
        <source>{method}, weights cost {cost} · risk {risk} · coverage {coverage}. {filters}</source>
        <translation>{method}、重み: コスト {cost} · リスク {risk} · カバレッジ {coverage}。{filters}</translation>
    </message>
    <message>
        <location filename="../../ui/ranking_table.py" line="131"/>
        <source>No project could be loaded: {errors} left every row out. The import report (Ctrl+3) lists each one by cell.</source>
        <translation>読み込めたプロジェクトはありません: {errors} のため、すべての行が除外されました。インポートレポート (Ctrl+3) にセルごとに一覧があります。</translation>
    </message>
    <message>
        <location filename="../../ui/ranking_table.py" line="134"/>
        <source>No project could be loaded: the sheet {sheet} has a header but no data rows.</source>
        <translation>読み込めたプロジェクトはありません: シート {sheet} には見出しはありますが、データ行がありません。</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/robustness.py" line="59"/>
        <source>{task} progress</source>
        <translation>{task}の進捗</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="60"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="62"/>
        <source>Stop; the results shown before stay as they were.</source>
        <translation>中止します。それまで表示されていた結果はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="66"/>
        <source>Not run yet: press “{run}” to compute it for the ranking on screen.</source>
        <translation>未実行です: 「{run}」を押すと、画面上のランキングについて計算します。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="135"/>
        <source>Not applied: {error}</source>
        <translation>適用されませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="168"/>
        <source>Cancelled; the results shown (if any) are from the previous run.</source>
        <translation>キャンセルしました。表示中の結果 (ある場合) は前回の実行によるものです。</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../../evaluator/model/scenario.py" line="44"/>
        <source>This is not a scenario file of this app (no &apos;format: ree-evaluator-scenario&apos;).</source>
        <translation>このアプリのシナリオファイルではありません (&apos;format: ree-evaluator-scenario&apos; がありません)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/scenario.py" line="49"/>
        <source>Scenario version {version} is not supported (this app reads version {supported}).</source>
        <translation>シナリオのバージョン {version} には対応していません (このアプリが読み込めるのはバージョン {supported} です)。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/scenario.py" line="55"/>
        <source>The scenario has no &apos;parameters&apos; object.</source>
        <translation>シナリオに &apos;parameters&apos; オブジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/scenario.py" line="64"/>
        <source>The scenario holds an invalid value: {reason}</source>
        <translation>シナリオに無効な値があります: {reason}</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/scenario.py" line="81"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} を読み込めません ({reason})。</translation>
    </message>
    <message>
        <location filename="../../evaluator/model/scenario.py" line="87"/>
        <source>{name} is not valid JSON (line {line}: {reason}).</source>
        <translation>{name} は有効な JSON ではありません ({line} 行目: {reason})。</translation>
    </message>
</context>
<context>
    <name>Stability</name>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="249"/>
        <source>No project is ranked.</source>
        <extracomment>TOPSIS leader changes are located on this finer grid, then refined by bisection.</extracomment>
        <translation>順位付けされたプロジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="253"/>
        <source>The exact stability margin is defined for the weighted sum; switch the method to WSM to see it.</source>
        <translation>厳密な安定性マージンは加重和についてのみ定義されます。表示するには手法を WSM に切り替えてください。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="260"/>
        <source>Only one project is ranked.</source>
        <translation>順位付けされたプロジェクトは 1 件のみです。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="270"/>
        <source>Rank 1 ({winner}) holds for every choice of weights: no other project can overtake it.</source>
        <translation>1 位 ({winner}) は、どのような重みでも 1 位のままです。他のプロジェクトが上回ることはありません。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="314"/>
        <source>Rank 1 ({winner}) is tied with {runner}; the tie-break (LCOP, then ID) decides.</source>
        <translation>1 位 ({winner}) は {runner} と同点です。タイブレーク (LCOP、次に ID) で順位が決まります。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="318"/>
        <source>cost weight rises above {weight}</source>
        <translation>コストの重みが {weight} 超</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="319"/>
        <source>risk weight rises above {weight}</source>
        <translation>リスクの重みが {weight} 超</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="320"/>
        <source>coverage weight rises above {weight}</source>
        <translation>カバレッジの重みが {weight} 超</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="323"/>
        <source>cost weight drops below {weight}</source>
        <translation>コストの重みが {weight} 未満</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="324"/>
        <source>risk weight drops below {weight}</source>
        <translation>リスクの重みが {weight} 未満</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="325"/>
        <source>coverage weight drops below {weight}</source>
        <translation>カバレッジの重みが {weight} 未満</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="332"/>
        <source>Rank 1 ({winner}) holds unless the weights move by {margin} in total (L1, {shifted} of weight shifted): if {moves}, {runner} takes rank 1.</source>
        <translation>重みの変化が合計 {margin} (L1、重みの {shifted} を移動) に達しない限り、1 位 ({winner}) は変わりません。{moves}になると、{runner} が 1 位になります。</translation>
    </message>
    <message>
        <location filename="../../evaluator/analysis/sensitivity.py" line="340"/>
        <source> and </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/workers.py" line="74"/>
        <source>Unexpected error ({kind}: {error}). Details are in the log.</source>
        <extracomment>What a task may fail with as a sentence for the user (issue 10.6); anything else is a bug, logged with its traceback (a numpy ValueError used to become a status message and was never logged).</extracomment>
        <translation>予期しないエラーが発生しました ({kind}: {error})。詳細はログを参照してください。</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../ui/task_status.py" line="30"/>
        <source>progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../../ui/task_status.py" line="31"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/task_status.py" line="32"/>
        <source>Stop the running task; the data on screen stays as it is.</source>
        <translation>実行中の処理を中止します。画面上のデータはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/task_status.py" line="63"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="99"/>
        <source>concept</source>
        <extracomment>Along the chain (METHOD.md v2 §1): cracking/leaching to a mixed product, separation, refining, metal, alloy, magnet; recycling and integrated (mine to oxide or beyond) last. What a plant sells (``output_form``) and what it buys (``input_form``), from least to most processed. The forms a facility type sells and buys when the workbook does not say (METHOD.md v2 §1). The stage of the chain whose gap an output form closes: separated-oxide supply, metal supply, magnet supply (METHOD.md v2 §2.3).</extracomment>
        <translation>構想</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="100"/>
        <source>scoping</source>
        <translation>スコーピング</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="101"/>
        <source>PFS</source>
        <translation>PFS(予備的事業化調査)</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="102"/>
        <source>DFS</source>
        <translation>DFS(事業化調査)</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="103"/>
        <source>construction</source>
        <translation>建設中</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="104"/>
        <source>commissioning</source>
        <translation>試運転</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="105"/>
        <source>operating</source>
        <translation>操業中</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="106"/>
        <source>on hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="107"/>
        <source>separation</source>
        <translation>分離</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="108"/>
        <source>refining</source>
        <translation>精製</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="109"/>
        <source>metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="110"/>
        <source>magnet</source>
        <translation>磁石</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="111"/>
        <source>integrated</source>
        <translation>一貫</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="112"/>
        <source>intermediate</source>
        <translation>中間製品</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="113"/>
        <source>alloy</source>
        <translation>合金</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="114"/>
        <source>recycling</source>
        <translation>リサイクル</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="115"/>
        <source>ore</source>
        <translation>鉱石</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="116"/>
        <source>concentrate</source>
        <translation>精鉱</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="117"/>
        <source>mixed</source>
        <translation>混合製品</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="118"/>
        <source>oxide</source>
        <translation>酸化物</translation>
    </message>
    <message>
        <location filename="../../evaluator/reference/vocabulary.py" line="119"/>
        <source>scrap</source>
        <translation>スクラップ</translation>
    </message>
</context>
<context>
    <name>_Runner</name>
    <message>
        <location filename="../../ui/robustness.py" line="216"/>
        <source>Out of date: computed for {name}, not the workbook now open. Run it again.</source>
        <translation>古い結果です: 現在開いているワークブックではなく {name} について計算されました。再実行してください。</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="217"/>
        <source>other data</source>
        <translation>別のデータ</translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="219"/>
        <source>Out of date: the settings changed since this run. Run it again.</source>
        <translation>古い結果です: この実行の後に設定が変更されました。再実行してください。</translation>
    </message>
</context>
</TS>
