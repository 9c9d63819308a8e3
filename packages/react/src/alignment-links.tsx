import { alignmentUrl, frameworkLabel, type Alignment } from '@skill-ladder/core';
import { useId } from 'react';

interface AlignmentLinksProps {
  alignments: readonly Alignment[];
  label: string;
}

// A skill's or a role's alignments, each "ESCO: name" and a link only to an http(s) page
// (alignmentUrl): the summary and a role's track show them alike.
export function AlignmentLinks({ alignments, label }: AlignmentLinksProps) {
  const id = useId();
  return (
    <div data-slot="alignments">
      <span id={id}>{label}</span>
      <ul aria-labelledby={id}>
        {alignments.map((alignment, i) => {
          const text = `${frameworkLabel(alignment.framework)}: ${alignment.name ?? alignment.target}`;
          const href = alignmentUrl(alignment);
          return (
            <li key={i} data-framework={alignment.framework} dir="auto">
              {href ? (
                <a href={href} rel="noopener">
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
