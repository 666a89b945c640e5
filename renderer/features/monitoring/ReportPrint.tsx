import type { ReportLines } from '../../../shared/monitoring/reportLines';

/** The monthly report as a printed page (PDF), from the same lines the Word file is written from. */
export function ReportPrint({ lines, language }: { lines: ReportLines; language: string }) {
  const w = lines.words;
  return (
    <article className="mon-print" lang={language}>
      <h1>{lines.title}</h1>
      {lines.intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h2>{w.availabilitySection}</h2>
      <table>
        <tbody>
          {lines.facts.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{w.incidentsSection}</h2>
      {lines.incidents.length === 0 ? (
        <p>{w.noIncidents}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {lines.incidentHeader.map((header) => (
                <th key={header}>{header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.incidents.map((row, index) => (
              <tr key={index}>
                {row.map((value, i) => (
                  <td key={i}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {lines.priorities.length > 0 && (
        <>
          <h2>{w.prioritySection}</h2>
          <table>
            <thead>
              <tr>
                {lines.priorityHeader.map((header) => (
                  <th key={header}>{header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.priorities.map((row, index) => (
                <tr key={index}>
                  {row.map((value, i) => (
                    <td key={i}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{w.creditsSection}</h2>
      {lines.credits.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h2>{w.notesSection}</h2>
      {(lines.notes.length > 0 ? lines.notes : [w.noNotes]).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="mon-print-footer">{lines.generated}</p>
    </article>
  );
}
