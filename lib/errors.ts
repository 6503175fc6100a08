/** A problem with the input that a person can fix, naming the field it concerns (dots between keys). */
export class RuleInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "RuleInputError";
  }
}
