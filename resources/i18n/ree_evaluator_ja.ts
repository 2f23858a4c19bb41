<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/charts.py" line="192"/>
        <source>Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="193"/>
        <source>Rank acceptability under uncertain weights and costs (run on request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="197"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="198"/>
        <source>The set of projects covering the critical elements best within a budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/charts.py" line="100"/>
        <source>{title} chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="106"/>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="107"/>
        <source>Save this chart as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="153"/>
        <source>Save chart as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="161"/>
        <source>Save {title} chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="163"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="69"/>
        <location filename="../../ui/robustness.py" line="208"/>
        <source>Rank acceptability</source>
        <extracomment>Lines of text besides the rows: a two-line title, tick and axis labels, legend title and one or two rows. The ranks below those shown, together: light grey, apart from every colour of the sequence. The darkest to the lightest share of cividis the shown ranks use (its lightest end is kept for nothing). A segment gets its percentage printed inside when it is at least this many font heights wide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="78"/>
        <source>Share of Monte Carlo samples (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="81"/>
        <source>Rank acceptability of {projects}, in deterministic rank order — {sampling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="83"/>
        <source>Share of samples at rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="96"/>
        <location filename="../../ui/robustness.py" line="216"/>
        <source>Rank intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="116"/>
        <source>5–95 % of samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="129"/>
        <source>Mean rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="142"/>
        <source>Rank with the weights and base costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="147"/>
        <source>Rank intervals of {projects}, in deterministic rank order — {sampling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="157"/>
        <source>weights Dirichlet α = {alpha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="161"/>
        <source>capex and opex triangular for {projects}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="164"/>
        <source>triangular capex for {capex} and opex for {opex} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="167"/>
        <source>triangular capex for {capex} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="169"/>
        <source>triangular opex for {opex} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="170"/>
        <source>nothing varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="171"/>
        <source>{samples} samples (seed {seed}): {varied}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="179"/>
        <source>No project to show: nothing is ranked, so nothing was sampled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="183"/>
        <source>No Monte Carlo sample was drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="216"/>
        <source>{first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/acceptability_chart.py" line="287"/>
        <source>Rank (1 = best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="33"/>
        <source>weighted sum (WSM)</source>
        <extracomment>Project names longer than this are cut with &quot;…&quot; so labels do not push the plot aside. Shortest a name is cut to on a narrow figure: still enough to recognise a project.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="34"/>
        <source>TOPSIS closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="91"/>
        <source>all {n} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="93"/>
        <source>the top {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="95"/>
        <source>top {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="97"/>
        <source>{shown} (enlarge to see {wanted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="115"/>
        <source>No projects loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="116"/>
        <source>No project to show.
{filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="144"/>
        <source>{criterion} {weight} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/common.py" line="155"/>
        <source>{items}, {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="49"/>
        <source>Pareto front: no other project
is both cheaper and less risky</source>
        <extracomment>Area (points²) of the largest project&apos;s bubble on a full-size (10-inch) chart, and the floor that keeps a tiny plant visible. Smaller figures scale the largest bubble down with their size so a narrow pane is not all bubbles. The legend&apos;s note on the front, on two lines so that the legend fits a narrow pane (English; translated where drawn, where the translator chooses the line break).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="65"/>
        <location filename="../../evaluator/charts/cost_risk.py" line="75"/>
        <source>Cost and risk</source>
        <extracomment>The same note on one line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="74"/>
        <source>No project has a finite LCOP and risk to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="90"/>
        <location filename="../../evaluator/charts/coverage_map.py" line="160"/>
        <source>Coverage score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="183"/>
        <source>Levelised cost of production, LCOP (USD/kg REO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="184"/>
        <source>Project risk (0–100, lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="195"/>
        <source>Cost and risk of {projects} — better toward the lower left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="199"/>
        <source>{projects} without a finite LCOP not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="223"/>
        <source>{tonnes} t/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/cost_risk.py" line="235"/>
        <source>Bubble area ∝ capacity (tonnes REO a year)
colour = coverage score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="42"/>
        <source>Light REE</source>
        <extracomment>Column groups in display order; a group the element table does not know goes after these, under its own name. The groups&apos; names in English (marked for the catalogue; :func:`group_title` translates them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="43"/>
        <source>Heavy REE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="44"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="76"/>
        <location filename="../../ui/charts.py" line="64"/>
        <source>Element coverage</source>
        <extracomment>Text lines of title, element header, group labels and colorbar with its label, in font heights.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="91"/>
        <source>Elements produced — {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/coverage_map.py" line="94"/>
        <source>Criticality weight of a covered element; blank: not produced
{mark} bold: magnet element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/palette.py" line="39"/>
        <source>Cost</source>
        <extracomment>The Okabe–Ito colours by name. One colour per criterion (METHOD.md §3 order: cost, risk, coverage). How the charts name each criterion, in English (marked for the catalogue; ``common.criterion_label`` translates).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/palette.py" line="40"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/palette.py" line="41"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="55"/>
        <source>budget</source>
        <extracomment>Background of a critical element&apos;s column: light enough that both bar colours stay clear on it. The redundancy rule&apos;s minimum, drawn across each critical element&apos;s column. The selected projects are listed beside the plot on a figure at least this wide (inches), else below it on one at least this tall; a figure smaller than both has no room for the list, and the title says so. The binding constraints :mod:`evaluator.portfolio` names by a fixed code, in English (translated where shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="56"/>
        <source>max projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="62"/>
        <source>infeasible</source>
        <extracomment>``&quot;&lt;symbol&gt; in ≥ &lt;d&gt; countries&quot;``: a critical element at the redundancy rule&apos;s minimum. The solver statuses other than optimal, in English (translated where shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="63"/>
        <source>time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="64"/>
        <source>no candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="83"/>
        <source>No portfolio was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="84"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="98"/>
        <source>{heading} — enlarge the chart to list the projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="139"/>
        <source>Picked by rank ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="140"/>
        <source>Optimised ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="163"/>
        <source>Critical element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="167"/>
        <source>Required for critical: {countries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="175"/>
        <source>{projects}, {capex} USD m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="196"/>
        <source>Not produced by the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="210"/>
        <source>Element, with its criticality weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="234"/>
        <source>Countries producing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="244"/>
        <source>Portfolio coverage {before} % picking by rank → {after} % optimised — capex {capex} of {budget} USD m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="254"/>
        <source>{heading}; binding: {constraints}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="259"/>
        <source>{heading} — {status}: not proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="281"/>
        <source>per country ({countries})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="283"/>
        <source>{elements} in ≥ {n} countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="301"/>
        <source>{project} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="305"/>
        <source>only source of {elements}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/portfolio_chart.py" line="314"/>
        <source>Selected projects (rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="60"/>
        <source>Sub-scores</source>
        <extracomment>Axis angles: cost at the top, then clockwise risk and coverage.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="74"/>
        <source>Sub-scores 0–100, outer is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="90"/>
        <source>Sub-scores of the first {shown} of {selected} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="92"/>
        <source>Sub-scores of {n} selected projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="95"/>
        <source>Sub-scores of the top project — select {least}–{most} projects to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="97"/>
        <source>Sub-scores of the top {n} projects — select {least}–{most} projects to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="121"/>
        <source>{criterion} score
(weight {weight} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/radar.py" line="146"/>
        <source>{project} — overall {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/ranking_chart.py" line="53"/>
        <location filename="../../ui/charts.py" line="46"/>
        <source>Ranking</source>
        <extracomment>Lines of text besides the bars: title, tick labels, axis label, legend title and entries.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/ranking_chart.py" line="63"/>
        <source>{shown} — {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/ranking_chart.py" line="68"/>
        <source>Contribution of each criterion (weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/ranking_chart.py" line="122"/>
        <source>Overall score (0–100, higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="101"/>
        <location filename="../../ui/charts.py" line="79"/>
        <source>Weight sweep</source>
        <extracomment>More coloured lines than the palette has colours cannot be told apart, so ``top_n`` stops here. The projects outside the top: there but quiet, so the leaders&apos; lines stand out. A leader change: an open circle, drawn above the lines so the crossing stays visible under it. Radius (points) of the change marker and its edge, which the labels keep clear of. Space above the highest line for the leader-change labels, as a share of the score range drawn; it may reach past 100, where no tick is drawn (no score can be there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="114"/>
        <source>Weight sweep, {method} — score as one weight goes 0–100 %, the others keeping their ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="181"/>
        <source>{criterion} weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="183"/>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="197"/>
        <source>now {weight} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="229"/>
        <source>→ {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="251"/>
        <source>other projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="253"/>
        <source>rank 1 changes hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/charts/sweep_chart.py" line="254"/>
        <source>weight now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="47"/>
        <source>Overall score of the top projects, stacked by each criterion&apos;s weighted contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="54"/>
        <source>Cost vs risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="55"/>
        <source>LCOP against project risk; bubble size = capacity, colour = coverage; the Pareto front joins projects no other beats on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="65"/>
        <source>Which of the 17 elements each top project produces, by criticality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="70"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="71"/>
        <source>Radar of the three sub-scores for the selected projects (2–6; ctrl-click rows to select several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="80"/>
        <source>Each project&apos;s overall score as one weight goes from 0 to 100 % (the others keep their ratio); markers show where rank 1 changes hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="209"/>
        <source>How often each project lands at rank 1, 2, 3… across the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="217"/>
        <source>Mean rank and the 5–95 % range of ranks across the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="336"/>
        <source>Portfolio coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="337"/>
        <source>Element coverage: picking by rank versus the optimised portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/models.py" line="50"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="52"/>
        <source>Rank 1 is best. ▲/▼ show the move caused by your last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="56"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="58"/>
        <source>Project ID from the workbook (or row-N when none was given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="63"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="65"/>
        <source>Project or facility name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="69"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="71"/>
        <source>Company, owner or developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="75"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="77"/>
        <source>Host country of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="81"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="83"/>
        <source>Facility type: separation, refining, metal, magnet, integrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="87"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="89"/>
        <source>Development stage, from concept to operating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="93"/>
        <source>Capacity (t/y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="95"/>
        <source>Nameplate capacity, tonnes REO per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="99"/>
        <source>Capex (USD m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="101"/>
        <source>Capital cost in USD million (JPY converted at the FX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="106"/>
        <source>LCOP ($/kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="108"/>
        <source>Levelised cost of production, USD per kg REO (METHOD §2): annualised capex per kg produced plus opex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="115"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="117"/>
        <source>Cost sub-score 0–100 from LCOP (higher = cheaper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="121"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="123"/>
        <source>Risk sub-score = 100 − project risk (higher = safer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="127"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="129"/>
        <source>Criticality-weighted share of the 17 elements produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="133"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="135"/>
        <source>Overall score 0–100 under the current method and weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="139"/>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="141"/>
        <source>Rare-earth elements the project produces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../ui/controls.py" line="43"/>
        <source>Weight of the cost sub-score (LCOP, METHOD §2). The three weights always sum to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="46"/>
        <source>Weight of the geopolitical-risk sub-score (100 − project risk, METHOD §2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="49"/>
        <source>Weight of the element-coverage sub-score (criticality-weighted elements, METHOD §2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="54"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="55"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="56"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="103"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="104"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="105"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="107"/>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="108"/>
        <source>Restore METHOD.md&apos;s default weights, method, filters and parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="132"/>
        <source>Criterion weights (sum to 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="138"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="141"/>
        <source>Weighted sum (WSM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="145"/>
        <source>WSM: overall = Σ weight × sub-score. TOPSIS: closeness to the ideal project and distance from the worst, on vector-normalised weighted sub-scores (METHOD §3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="151"/>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="153"/>
        <source>Min–max over projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="154"/>
        <source>Absolute LCOP scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="160"/>
        <source>Cost scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="169"/>
        <source>Max project risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="183"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="185"/>
        <source>Facility types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="188"/>
        <source>Must produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="197"/>
        <source>Only projects producing {name} ({symbol}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="199"/>
        <source>must produce {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="205"/>
        <source>Exclude countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="219"/>
        <source>{tip} All ticked = no filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="226"/>
        <source>{tip} Untick to leave out {option} projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="257"/>
        <source>Discount rate r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="265"/>
        <source>Economic life n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="267"/>
        <source>Utilisation u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="268"/>
        <source>FX (JPY per USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="269"/>
        <source>Site share s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="270"/>
        <source>Alignment discount a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="271"/>
        <source>Unknown feed floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="272"/>
        <source>Best LCOP (absolute scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="273"/>
        <source>Worst LCOP (absolute scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="277"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="281"/>
        <source>Dominant supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls.py" line="385"/>
        <source>Not applied: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../evaluator/wording.py" line="21"/>
        <source>{n} project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="21"/>
        <source>{n} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="23"/>
        <source>{n} scored project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="24"/>
        <source>{n} scored projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="26"/>
        <source>{n} row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="26"/>
        <source>{n} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="27"/>
        <source>{n} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="27"/>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="28"/>
        <source>{n} warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="28"/>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="29"/>
        <source>{n} issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="29"/>
        <source>{n} issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="30"/>
        <source>{n} country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/wording.py" line="30"/>
        <source>{n} countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/detail.py" line="25"/>
        <source>Select a project to see its inputs, LCOP build-up and why it ranks where it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="36"/>
        <source>&lt;b&gt;{project}&lt;/b&gt; is filtered out under the current settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="47"/>
        <source>weighted sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="49"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="50"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="51"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="69"/>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="70"/>
        <source>&lt;b&gt;Rank {rank} of {total}&lt;/b&gt; · overall &lt;b&gt;{overall}&lt;/b&gt; ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="76"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="77"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="78"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="79"/>
        <source>Adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="85"/>
        <source>Why this rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="89"/>
        <source>Cost (LCOP build-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="91"/>
        <source>Geopolitical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="93"/>
        <source>Element coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="95"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elements</name>
    <message>
        <location filename="../../evaluator/elements.py" line="37"/>
        <source>Scandium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="37"/>
        <source>Yttrium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="38"/>
        <source>Lanthanum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="38"/>
        <source>Cerium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="39"/>
        <source>Praseodymium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="39"/>
        <source>Neodymium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="40"/>
        <source>Promethium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="40"/>
        <source>Samarium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="41"/>
        <source>Europium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="41"/>
        <source>Gadolinium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="42"/>
        <source>Terbium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="42"/>
        <source>Dysprosium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="43"/>
        <source>Holmium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="43"/>
        <source>Erbium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="44"/>
        <source>Thulium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="44"/>
        <source>Ytterbium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/elements.py" line="45"/>
        <source>Lutetium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Something went wrong: {error}.
Your data is unchanged; you can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Details were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../evaluator/explain.py" line="177"/>
        <source> (range {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="185"/>
        <source> (dominant supplier: set to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="187"/>
        <source> (no governance data: assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="189"/>
        <source> (governance risk {risk} × (1 − {discount}), aligned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="192"/>
        <source> (governance risk, not aligned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="198"/>
        <source>The only project scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="204"/>
        <source>Against rank {rank} ({name}, above): overall {gap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="206"/>
        <source>Against rank {rank} ({name}, below): overall {gap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="210"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="211"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="212"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="216"/>
        <source>{criterion}: {gap} points of overall score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/explain.py" line="221"/>
        <source>Tied on overall score: ordered by lower LCOP, then project ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="30"/>
        <source>Export shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="31"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="32"/>
        <source>The best-ranked projects under the current weights, method and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="36"/>
        <source> of {total} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="37"/>
        <source>number of projects on the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="38"/>
        <source>The selected projects ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="40"/>
        <source>Select rows in the table (ctrl/shift-click) to export exactly those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="47"/>
        <source>The workbook holds the shortlist, all projects, element coverage, import issues, the assumptions and the four charts. It is written safely: an existing file is only replaced once the new one is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="54"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../evaluator/filters.py" line="44"/>
        <source>project risk above {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/filters.py" line="47"/>
        <source>stage not {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/filters.py" line="50"/>
        <source>facility type not {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/filters.py" line="56"/>
        <source>does not produce all of {elements}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/filters.py" line="61"/>
        <source>sited in an excluded country ({countries})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/filters.py" line="70"/>
        <source>one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <location filename="../../evaluator/load.py" line="75"/>
        <source>{name} has no Projects sheet.</source>
        <extracomment>Governance risk assumed for a real country missing from the bundled table and from the workbook.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="68"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="70"/>
        <source>{path} is a folder, not a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="75"/>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="81"/>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="88"/>
        <source>{name} is not a workbook this app reads (use .xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="107"/>
        <source>{name} is not a readable Excel workbook ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="113"/>
        <source>{name} holds no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="120"/>
        <source>Sheet &apos;{sheet}&apos; of {name} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="142"/>
        <source>{name} is not a text CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="152"/>
        <source>{name} is not a text CSV file (its character encoding cannot be recognised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/read.py" line="160"/>
        <source>{name} is password-protected. Save a copy without a password and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="93"/>
        <source>No header row found in sheet &apos;{sheet}&apos;: none of its first 20 rows holds three or more recognised column names (such as name, country, capacity_tpa, capex_musd, opex_usd_per_kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="109"/>
        <source>elements (a list column, or one column per element such as Nd, Pr, Dy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="112"/>
        <source>Sheet &apos;{sheet}&apos; lacks the required columns {columns} (header found on row {row}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="114"/>
        <source>Sheet &apos;{sheet}&apos; lacks the required column {columns} (header found on row {row}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="132"/>
        <source>Sheet &apos;{sheet}&apos;: the unit &apos;{unit}&apos; in the header of {column} is not one this app converts (use USD or JPY in millions or billions for capex, USD/kg for opex, t/y or kt/y for capacity).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../evaluator/cells.py" line="170"/>
        <source>{column} holds {value} where a number is expected.</source>
        <extracomment>What becomes of a cell that cannot be read as a number, as the end of its issue sentence says.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="171"/>
        <source>{column} holds {value} where a number is expected; the value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="174"/>
        <source>{column} holds {value} where a number is expected; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="178"/>
        <source>{column} holds a date where a number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="179"/>
        <source>{column} holds a date where a number is expected; the value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="182"/>
        <source>{column} holds a date where a number is expected; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="186"/>
        <source>{column} holds the Excel error {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="187"/>
        <source>{column} holds the Excel error {error}; the value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="188"/>
        <source>{column} holds the Excel error {error}; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="192"/>
        <source>{column} &apos;{text}&apos; is ambiguous: a comma here is read as a thousands separator; write {suggestion}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="196"/>
        <source>{column} &apos;{text}&apos; is ambiguous: a comma here is read as a thousands separator; write {suggestion}; the value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="201"/>
        <source>{column} &apos;{text}&apos; is ambiguous: a comma here is read as a thousands separator; write {suggestion}; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="209"/>
        <source>{column} is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="210"/>
        <source>{column} is not a finite number; the value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="211"/>
        <source>{column} is not a finite number; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="214"/>
        <source>{column} &apos;{text}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="215"/>
        <source>{column} &apos;{text}&apos; is not a number; the value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/cells.py" line="216"/>
        <source>{column} &apos;{text}&apos; is not a number; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="81"/>
        <source>Setting &apos;{name}&apos; ignored: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="93"/>
        <source>Setting {name} is given twice; the later value is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="117"/>
        <source>No header with country and governance_risk or aligned found; the sheet is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="126"/>
        <source>&apos;{value}&apos; is not a recognised country; the row is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="142"/>
        <source>{column} for {country} must be a number from 0 to 100; the reference value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="159"/>
        <source>{column} for {country} must be yes or no; the reference value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="170"/>
        <source>{country} is not in the bundled table and has no governance_risk here; the row is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="203"/>
        <source>No header with symbol and criticality or price_usd_per_kg found; the sheet is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="214"/>
        <source>&apos;{value}&apos; is not one of the 17 rare-earth elements; the row is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/override_sheets.py" line="232"/>
        <source>{column} for {symbol} must be a number of zero or more; the reference value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="141"/>
        <source>The unit &apos;{unit}&apos; in the header of {column} is not one this app converts; the column is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="166"/>
        <source>Column {column} appears twice; the first one (column {letter}) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="177"/>
        <source>Columns not used by the method were ignored: {names} and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="179"/>
        <source>Columns not used by the method were ignored: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="259"/>
        <source>{column} is empty (or holds an Excel error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="269"/>
        <location filename="../../evaluator/validate.py" line="409"/>
        <source>{column} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="283"/>
        <source>{column} must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="289"/>
        <source>{column} above 200,000 t/y is implausible for one facility; check the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="297"/>
        <source>{column} below 1 t/y is implausible; check the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="304"/>
        <source>capex above 100,000 USD m is implausible for one facility; check the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="311"/>
        <source>{column} must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="317"/>
        <source>{column} is zero; check it is not missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="326"/>
        <source>opex above 1,000 USD/kg is implausible; check the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="390"/>
        <source>{column} &apos;{value}&apos; is already used on row {row}; ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="415"/>
        <source>&apos;{value}&apos; is not a recognised country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="422"/>
        <source>&apos;{value}&apos; is not a recognised country; the feed country is treated as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="438"/>
        <source>No governance data for &apos;{country}&apos;; its country risk is assumed to be {risk} (add it to a Countries sheet to set it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="455"/>
        <source>{column} &apos;{value}&apos; is not one of separation, refining, metal, magnet or integrated; it is left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="464"/>
        <source>{column} &apos;{value}&apos; names several steps; read as integrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="479"/>
        <source>{column} &apos;{value}&apos; is not one of concept, scoping, pfs, dfs, construction, commissioning, operating; it is left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="499"/>
        <source>{column} is negative; the value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="510"/>
        <source>{column} ({value}) is above the base {quantity}; the range is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="518"/>
        <source>{column} ({value}) is below the base {quantity}; the range is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="544"/>
        <source>{column} {value} is not a year between 1950 and 2100; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="558"/>
        <source>{column} must be between {low} and {high}; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="576"/>
        <source>not rare-earth elements: {names}; the rest of the list is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="593"/>
        <source>{column} column holds &apos;{value}&apos;; write yes/no, x, 1/0 or tonnes per year (read as not produced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/validate.py" line="605"/>
        <source>No rare-earth element is listed for this project; its coverage score is 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/models.py" line="331"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="332"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="333"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="334"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="376"/>
        <source>Error (row left out of scoring) at {cell}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="378"/>
        <source>Warning (row kept) at {cell}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>REE Processing Investment Evaluator</source>
        <extracomment>The window that replaced this one after a language change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Show only projects whose name, sponsor, country or ID contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Charts are loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Weights, filters and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>No workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Stop the running task; the data on screen stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Show the import report: every problem found in the workbook, by cell (Ctrl+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Open workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Open a projects workbook (.xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Load &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Open the bundled illustrative workbook of 30 fictional facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Export shortlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Write the committee workbook: shortlist, all projects, coverage, issues, assumptions and charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Open s&amp;cenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Load weights, method, filters and parameters from a scenario file (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Sa&amp;ve scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Save the current weights, method, filters and parameters as a scenario file (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Close the evaluator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Project detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Find project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Jump to the search box above the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Show the application in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Weighted sum (WSM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Aggregate the three sub-scores with {method} (METHOD §3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Restore METHOD.md&apos;s default weights, method, filters and parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>&amp;Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>How every number is computed, with the parameters in use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Version, data sources and licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Open projects workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Opening cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Opened {name}: {projects}, {errors}, {warnings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Opened {name}: {projects}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Cannot open workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>{message}

The data on screen has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>{name} — REE Processing Investment Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Import report ({issues})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>⚠ {errors}, {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>{loaded} loaded · {ranked} ranked · {filtered} filtered · {errors} with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>{method}, weights cost {cost} · risk {risk} · coverage {coverage}. {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="582"/>
        <source>{cell} is on sheet {sheet}, not a project row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Row {row} was left out of scoring: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Row {row} is loaded but filtered out under the current filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <location filename="../../ui/main_window.py" line="633"/>
        <source>Export shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <source>There is no ranked project to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Drawing charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="667"/>
        <source>Writing workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="686"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="690"/>
        <source>Exporting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Exported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Shortlist exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>The shortlist workbook was written to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="702"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="712"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>{message}

No existing file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="723"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="723"/>
        <source>Scenario (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="730"/>
        <source>Cannot save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="732"/>
        <source>Scenario saved to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <source>Scenario (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="747"/>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="748"/>
        <source>{error}

The current settings are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="752"/>
        <source>Scenario {name} applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759"/>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="764"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>No recent workbooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonteCarlo</name>
    <message>
        <location filename="../../evaluator/montecarlo.py" line="125"/>
        <source>{done} of {samples} samples</source>
        <extracomment>Samples × projects per batch: ~4 million doubles per array keeps peak memory near a few hundred MB. Samples per batch at most, so progress moves and a cancel takes effect within a fraction of a second. Each batch runs as two halves on two threads (numpy releases the GIL in sorting and array arithmetic).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/robustness.py" line="38"/>
        <source>Monte Carlo: {progress}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonteCarloView</name>
    <message>
        <location filename="../../ui/robustness.py" line="191"/>
        <source>Run Monte Carlo</source>
        <extracomment>Parameter names (prefix) this analysis does not depend on: changing them leaves its result current.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="192"/>
        <source>Sample weights around yours (Dirichlet) and capex/opex within their ranges (triangular); count how often each project takes each rank (METHOD §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="198"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="199"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="221"/>
        <source>Rank acceptability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="222"/>
        <source>Rank intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="238"/>
        <source>Nothing to sample: no project is ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="243"/>
        <source>Sampling {count} scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="255"/>
        <source>{samples} samples, seed {seed}, α = {alpha}; {capex} capex and {opex} opex ranges sampled. Rank 1 is {leader} in {share} of samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="271"/>
        <source>The settings changed since this run: Run Monte Carlo again to update the charts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../../evaluator/parameters.py" line="104"/>
        <source>Aggregation method: wsm (weighted sum) or topsis (METHOD.md §3).</source>
        <extracomment>What each parameter means, in METHOD.md&apos;s terms: used for the Assumptions sheet, the template and tooltips.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="105"/>
        <source>Weight of the cost sub-score (normalised with the other two to sum to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="108"/>
        <source>Weight of the geopolitical-risk sub-score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="109"/>
        <source>Weight of the element-coverage sub-score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="110"/>
        <source>Real discount rate r in the capital recovery factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="111"/>
        <source>Economic life n in years in the capital recovery factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="112"/>
        <source>Capacity utilisation u applied to nameplate capacity in LCOP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="113"/>
        <source>Cost normalisation: minmax over the projects scored, or absolute between lcop_lo and lcop_hi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="116"/>
        <source>LCOP (USD/kg) that scores 100 under absolute normalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="117"/>
        <source>LCOP (USD/kg) that scores 0 under absolute normalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="118"/>
        <source>JPY per USD used to convert capex given in JPY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="119"/>
        <source>Discount a on country risk for aligned countries: R × (1 − a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="122"/>
        <source>ISO3 code of the dominant supplier, whose country risk is set to 100 (&apos;none&apos; to disable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="125"/>
        <source>Share s of site-country risk in project risk; feed country takes 1 − s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="128"/>
        <source>Unknown feed country: feed risk assumed max(site risk, this floor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="131"/>
        <source>Filter: leave out projects whose project risk exceeds this (0–100); empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="134"/>
        <source>Filter: only these stages (empty for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="135"/>
        <source>Filter: only these facility types (empty for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="136"/>
        <source>Filter: only projects producing every one of these elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="137"/>
        <source>Filter: leave out projects sited in these countries (ISO3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="138"/>
        <source>Number of projects on the exported shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="139"/>
        <source>Monte Carlo: number of samples (METHOD.md §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="140"/>
        <source>Monte Carlo: random seed; the same seed gives the same results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="141"/>
        <source>Monte Carlo: Dirichlet concentration α; weights ~ Dirichlet(α·w), larger = closer to w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="144"/>
        <source>Portfolio: total capex budget in USD million (METHOD.md §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="147"/>
        <source>Portfolio: at most this many projects (empty for no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="150"/>
        <source>Portfolio: at most this many projects per host country (empty for no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="153"/>
        <source>Portfolio: each critical element produced in at least this many countries (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/parameters.py" line="156"/>
        <source>Portfolio: the critical elements the redundancy rule applies to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../evaluator/portfolio.py" line="265"/>
        <source>No scored project has a usable capex, so no portfolio can be built.</source>
        <extracomment>Default critical elements for the redundancy constraint: the magnet elements (METHOD.md §2&apos;s highest weights). Values of :attr:`PortfolioResult.status`. Relative slack on the budget (a set costing ``budget·(1 + BUDGET_TOLERANCE)`` fits): absorbs float rounding in sums such as 0.1 + 0.2, so that a set that fits the budget on paper is never refused. Coverage values closer than this share of Σc count as equal (float rounding of the same subset sum). δ is never taken below this share of Σc, so the coverage weights stay within ~1e6 of the tie-break weights.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="269"/>
        <source>There are no scored projects to build a portfolio from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="277"/>
        <source>No candidate fits the budget of {budget}; the cheapest costs {cheapest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="285"/>
        <source>No set of projects within the budget and limits covers each of {elements} in at least {countries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="291"/>
        <source>The solver reached the {limit} s time limit before finding a portfolio that meets the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="297"/>
        <source>The solver stopped at the {limit} s time limit before proving it optimal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="376"/>
        <source>{element} is produced in no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="378"/>
        <source>{element} is produced in only {countries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="382"/>
        <source>{element} in no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="384"/>
        <source>{element} in only {countries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="390"/>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="393"/>
        <source>{listing} among the candidates; at least {d} are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="396"/>
        <source>{listing} among the candidates; at least {d} are required for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="402"/>
        <source>Covering the critical elements in {countries} needs at least {projects}, but at most {k} is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="407"/>
        <source>Covering the critical elements in {countries} needs at least {projects}, but at most {k} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="421"/>
        <source>Covering {element} in {countries} costs at least {cost}, above the budget of {budget}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="775"/>
        <source>{projects} cover {coverage} % of the criticality-weighted elements for {capex} of the {budget} budget; picking by rank gives {baseline} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="810"/>
        <source>{shown} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="811"/>
        <source>Left out for a missing or invalid capex: {projects}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/portfolio.py" line="819"/>
        <source>{value} USD m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/robustness.py" line="287"/>
        <source>Build portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="288"/>
        <source>Choose the set of projects that covers the critical elements best within the budget and limits, solved exactly (MILP, METHOD §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="294"/>
        <source>Budget (USD m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="295"/>
        <source>Max projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="296"/>
        <source>Per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="297"/>
        <source>Critical in ≥ countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="299"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="300"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="303"/>
        <source>Critical elements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="309"/>
        <source>{name}: count it as critical for the &apos;in ≥ countries&apos; rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="321"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="322"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="323"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="324"/>
        <source>Capex (USD m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="325"/>
        <source>Adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="326"/>
        <source>Only it gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="332"/>
        <source>portfolio projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="341"/>
        <source>Coverage before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="342"/>
        <source>Chosen projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="383"/>
        <source>No project is ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="392"/>
        <source>Solving the portfolio (HiGHS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="417"/>
        <source>Binding: {limits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="426"/>
        <source>The settings changed since this portfolio was built: build it again to update it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <location filename="../../evaluator/ranking.py" line="129"/>
        <source>The one loaded project was scored; no filter removed it.</source>
        <extracomment>Overall scores (and LCOPs) equal to this many decimals tie; broken by LCOP, then project_id (METHOD.md §3). Columns of :attr:`Ranking.table`, in display order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/ranking.py" line="130"/>
        <source>All {count} loaded projects were scored; no filter removed any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/ranking.py" line="134"/>
        <source>{count} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/ranking.py" line="138"/>
        <source>{scored} of {loaded} scored; {total} filtered out ({reasons}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/ranking.py" line="160"/>
        <source>No governance data for {country}: site country risk assumed {risk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/ranking.py" line="166"/>
        <source>Feed country unknown: feed risk assumed max(site risk, {floor}) = {risk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/ranking.py" line="171"/>
        <source>No rare-earth element listed: coverage score 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../ui/models.py" line="278"/>
        <source>none listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>{name}
Elements: {elements}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/robustness.py" line="57"/>
        <source>{task} progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="58"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="60"/>
        <source>Stop; the results shown before stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="109"/>
        <source>Not applied: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/robustness.py" line="142"/>
        <source>Cancelled; the results shown (if any) are from the previous run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stability</name>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="247"/>
        <source>No project is ranked.</source>
        <extracomment>TOPSIS leader changes are located on this finer grid, then refined by bisection.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="251"/>
        <source>The exact stability margin is defined for the weighted sum; switch the method to WSM to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="258"/>
        <source>Only one project is ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="268"/>
        <source>Rank 1 ({winner}) holds for every choice of weights: no other project can overtake it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="312"/>
        <source>Rank 1 ({winner}) is tied with {runner}; the tie-break (LCOP, then ID) decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="316"/>
        <source>cost weight rises above {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="317"/>
        <source>risk weight rises above {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="318"/>
        <source>coverage weight rises above {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="321"/>
        <source>cost weight drops below {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="322"/>
        <source>risk weight drops below {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="323"/>
        <source>coverage weight drops below {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="330"/>
        <source>Rank 1 ({winner}) holds unless the weights move by {margin} in total (L1, {shifted} of weight shifted): if {moves}, {runner} takes rank 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/sensitivity.py" line="338"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/workers.py" line="71"/>
        <source>Unexpected error ({kind}: {error}). Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="45"/>
        <source>concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="46"/>
        <source>scoping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="47"/>
        <source>pfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="48"/>
        <source>dfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="49"/>
        <source>construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="50"/>
        <source>commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="51"/>
        <source>operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="52"/>
        <source>separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="53"/>
        <source>refining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="54"/>
        <source>metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="55"/>
        <source>magnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../evaluator/vocabulary.py" line="56"/>
        <source>integrated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
