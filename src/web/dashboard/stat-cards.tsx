// Big-number cards: a row of USWDS cards, each a short name, the figure large, and a plain note.
import { Card, CardBody, CardGroup, CardHeader } from '@trussworks/react-uswds';

export interface Stat {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

export function StatCards({ stats }: { stats: readonly Stat[] }) {
  return (
    <CardGroup>
      {stats.map((stat) => (
        <Card key={stat.label} gridLayout={{ mobileLg: { col: 6 }, desktop: { col: 4 } }}>
          <CardHeader>
            <h3 className="usa-card__heading font-sans-sm">{stat.label}</h3>
          </CardHeader>
          <CardBody>
            <p className="pshb-figure margin-top-0 margin-bottom-1">{stat.value}</p>
            {stat.note ? <p className="margin-0 font-sans-2xs text-base-dark">{stat.note}</p> : null}
          </CardBody>
        </Card>
      ))}
    </CardGroup>
  );
}
